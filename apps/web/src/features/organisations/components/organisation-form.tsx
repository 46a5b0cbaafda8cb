import { Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { OrganisationKind, OrganisationNode } from '@saimnieks/contracts/organisations';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import type { ApiProblem } from '../../../lib/api.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateOrganisation, useUpdateOrganisation } from '../api/change-organisation.ts';
import { childKindsOf, parentChoices } from '../lib/forest.ts';
import {
  emptyOrganisationValues,
  ORGANISATION_FIELDS,
  type OrganisationField,
  type OrganisationValues,
  orNull,
  rebase,
  updateOf,
  valuesOf,
} from '../lib/organisation-values.ts';

type OrganisationFormProps = (
  | { mode: 'create'; parent: OrganisationNode }
  | { mode: 'edit'; organisation: OrganisationNode }
) & {
  forest: readonly OrganisationNode[];
  onDone: (saved: { id: string; name: string }) => void;
  onCancel: () => void;
};

/** Creates an organisation under a parent, or edits one (with its version, so a concurrent change is noticed). */
export function OrganisationForm(props: OrganisationFormProps) {
  const { t } = useTranslation('organisations');
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const kinds = props.mode === 'create' ? childKindsOf(props.parent.kind) : [props.organisation.kind];
  const shown = props.mode === 'edit' ? props.organisation : undefined;
  const [startedFrom, setStartedFrom] = useState<OrganisationValues>(() =>
    shown
      ? valuesOf(shown)
      : {
          ...emptyOrganisationValues(),
          kind: kinds[0] ?? '',
          parentId: props.mode === 'create' ? props.parent.id : '',
        },
  );
  const [values, setValues] = useState<OrganisationValues>(startedFrom);
  // Someone else saved a newer version (a 409 reloads it): show it under the user's own changes.
  const [shownVersion, setShownVersion] = useState(shown?.version);
  if (shown && shown.version !== shownVersion) {
    const newer = valuesOf(shown);
    setShownVersion(shown.version);
    setValues(rebase(values, startedFrom, newer));
    setStartedFrom(newer);
  }
  const set = (field: OrganisationField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const problem = useFormProblem(ORGANISATION_FIELDS, explainOrganisationProblem(t));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const kind = values.kind as OrganisationKind;
  const contact = {
    email: orNull(values['contact.email']),
    phone: orNull(values['contact.phone']),
    address: orNull(values['contact.address']),
    website: orNull(values['contact.website']),
  };
  const fields = {
    names: { lv: values['names.lv'].trim(), en: orNull(values['names.en']) },
    shortName: orNull(values.shortName),
    registrationNumber: orNull(values.registrationNumber),
    atuCode: kind === 'municipality' ? orNull(values.atuCode) : null,
    contact,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fields.names.lv === '') return problem.showFields({ 'names.lv': problem.requiredText });
    problem.clear();
    const done = (saved: { id: string; name: string }) => props.onDone(saved);
    if (props.mode === 'create') {
      create.mutate({ kind, parentId: props.parent.id, ...fields }, { onSuccess: done, onError: problem.show });
    } else {
      const { organisation } = props;
      update.mutate(
        { id: organisation.id, body: updateOf(values, startedFrom, organisation.version) },
        { onSuccess: done, onError: problem.show },
      );
    }
  };

  const text = (
    field: OrganisationField,
    label: string,
    extra: { description?: string; type?: string; required?: boolean } = {},
  ) => (
    <TextInput
      label={label}
      value={values[field]}
      onChange={(event) => set(field)(event.currentTarget.value)}
      error={problem.fieldError(field)}
      {...extra}
    />
  );
  const parents = props.mode === 'edit' ? parentChoices(props.forest, props.organisation) : [];

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate aria-labelledby="organisation-form-title">
      <Stack>
        <Title order={2} size="h3" id="organisation-form-title" ref={headingRef} tabIndex={-1}>
          {props.mode === 'create'
            ? t('form.createTitle', { parent: props.parent.name })
            : t('form.editTitle', { name: props.organisation.name })}
        </Title>
        <ProblemSummary problem={problem} />
        {props.mode === 'create' && (
          <Select
            label={t('form.kind')}
            data={kinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
            value={values.kind}
            onChange={(value) => value && set('kind')(value)}
            allowDeselect={false}
            required
            error={problem.fieldError('kind')}
          />
        )}
        {props.mode === 'edit' && parents.length > 0 && (
          <Select
            label={t('form.parent')}
            data={parents.map((parent) => ({ value: parent.id, label: parent.name }))}
            value={values.parentId}
            onChange={(value) => value && set('parentId')(value)}
            allowDeselect={false}
            searchable
            error={problem.fieldError('parentId')}
          />
        )}
        {text('names.lv', t('form.nameLv'), { required: true })}
        {text('names.en', t('form.nameEn'), { description: t('form.nameEnHint') })}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('shortName', t('form.shortName'))}
          {text('registrationNumber', t('form.registrationNumber'), {
            description: t('form.registrationNumberHint'),
          })}
        </SimpleGrid>
        {kind === 'municipality' && text('atuCode', t('form.atuCode'), { description: t('form.atuCodeHint') })}
        <Fieldset
          legend={t('form.contact')}
          variant="unstyled"
          styles={{ legend: { fontWeight: 700, marginBottom: 4 } }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('contact.email', t('form.email'), { type: 'email' })}
            {text('contact.phone', t('form.phone'), { type: 'tel' })}
            {text('contact.address', t('form.address'))}
            {text('contact.website', t('form.website'), { type: 'url', description: t('form.websiteHint') })}
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {props.mode === 'create' ? t('form.create') : t('form.save')}
          </Button>
          <Button variant="default" onClick={props.onCancel} disabled={create.isPending || update.isPending}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type OrganisationProblemKey =
  | 'problems.staleVersion'
  | 'problems.wrongParentKind'
  | 'problems.cycle'
  | 'problems.duplicate'
  | 'problems.alreadyArchived';

/** The organisation problems, in the reader's words. */
export const explainOrganisationProblem =
  (t: (key: OrganisationProblemKey) => string) =>
  (problem: ApiProblem): string | undefined => {
    switch (problem.code) {
      case 'stale-version':
        return t('problems.staleVersion');
      case 'wrong-parent-kind':
        return t('problems.wrongParentKind');
      case 'cycle':
        return t('problems.cycle');
      case 'duplicate':
        return t('problems.duplicate');
      case 'already-archived':
        return t('problems.alreadyArchived');
      default:
        return undefined;
    }
  };
