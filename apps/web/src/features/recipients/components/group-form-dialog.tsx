import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { RecipientGroup } from '@saimnieks/contracts/recipients';
import { Audience } from '@saimnieks/contracts/services';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateRecipientGroup, useUpdateRecipientGroup } from '../api/change-recipient-group.ts';
import { explainRecipientProblem, recipientFieldText } from '../lib/recipient-problems.ts';
import {
  emptyGroupValues,
  GROUP_FIELDS,
  type GroupField,
  type GroupValues,
  groupCreateOf,
  groupProblems,
  groupUpdateOf,
  groupValuesOf,
  rebase,
} from '../lib/recipient-values.ts';

export interface OrganisationChoice {
  id: string;
  name: string;
}

type GroupFormProps = (
  | { mode: 'create'; organisations: readonly OrganisationChoice[] }
  | { mode: 'edit'; group: RecipientGroup }
) & {
  onDone: (saved: RecipientGroup) => void;
  onClose: () => void;
};

/** Creates a recipient group for an institution or municipality, or edits one on its version. */
export function GroupFormDialog(
  props: GroupFormProps & { opened: boolean; defaultOrganisationId?: string | undefined },
) {
  const { t } = useTranslation(['recipients', 'app']);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.mode === 'create' ? t('groupForm.createTitle') : t('groupForm.editTitle', { name: props.group.name })
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('app:dialog.close') }}
    >
      {/* Mounted only while open, so that each opening starts from the record as it is. */}
      {props.opened && <GroupForm {...props} />}
    </Modal>
  );
}

function GroupForm(props: GroupFormProps & { defaultOrganisationId?: string | undefined }) {
  const { t } = useTranslation('recipients');
  const create = useCreateRecipientGroup();
  const update = useUpdateRecipientGroup();
  const shown = props.mode === 'edit' ? props.group : undefined;
  const [startedFrom, setStartedFrom] = useState<GroupValues>(() =>
    shown ? groupValuesOf(shown) : emptyGroupValues(props.defaultOrganisationId),
  );
  const [values, setValues] = useState<GroupValues>(startedFrom);
  // Someone else saved a newer version (a 409 reloads it): show it under the user's own changes.
  const [shownVersion, setShownVersion] = useState(shown?.version);
  if (shown && shown.version !== shownVersion) {
    const newer = groupValuesOf(shown);
    setShownVersion(shown.version);
    setValues(rebase(values, startedFrom, newer));
    setStartedFrom(newer);
  }
  const problem = useFormProblem(GROUP_FIELDS, explainRecipientProblem(t), recipientFieldText(t));
  const set = (field: GroupField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const busy = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = groupProblems(values, { required: problem.requiredText, wholeNumber: t('fieldRules.wholeNumber') });
    if (Object.keys(found).length > 0) return problem.showFields(found);
    problem.clear();
    if (props.mode === 'create') {
      create.mutate(groupCreateOf(values), { onSuccess: props.onDone, onError: problem.show });
    } else {
      update.mutate(
        { id: props.group.id, body: groupUpdateOf(values, startedFrom, props.group.version) },
        { onSuccess: props.onDone, onError: problem.show },
      );
    }
  };

  const text = (
    field: GroupField,
    label: string,
    extra: { description?: string; required?: boolean; inputMode?: 'numeric' } = {},
  ) => (
    <TextInput
      label={label}
      value={values[field]}
      onChange={(event) => set(field)(event.currentTarget.value)}
      error={problem.fieldError(field)}
      {...extra}
    />
  );
  const longText = (field: GroupField, label: string) => (
    <Textarea
      label={label}
      value={values[field]}
      onChange={(event) => set(field)(event.currentTarget.value)}
      error={problem.fieldError(field)}
      autosize
      minRows={2}
      maxRows={8}
    />
  );

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <ProblemSummary problem={problem} />
        {props.mode === 'create' && (
          <Select
            label={t('groupForm.organisation')}
            data={props.organisations.map(({ id, name }) => ({ value: id, label: name }))}
            value={values.organisationId || null}
            onChange={(value) => set('organisationId')(value ?? '')}
            searchable
            required
            error={problem.fieldError('organisationId')}
          />
        )}
        {text('names.lv', t('groupForm.nameLv'), { required: true })}
        {text('names.en', t('groupForm.nameEn'), { description: t('groupForm.nameEnHint') })}
        {longText('descriptions.lv', t('groupForm.descriptionLv'))}
        {longText('descriptions.en', t('groupForm.descriptionEn'))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('groupForm.audience')}
            data={Audience.options.map((value) => ({ value, label: t(`audiences.${value}`) }))}
            value={values.audience}
            onChange={(value) => value && set('audience')(value)}
            allowDeselect={false}
            required
            error={problem.fieldError('audience')}
          />
          {text('sizeEstimate', t('groupForm.sizeEstimate'), {
            description: t('groupForm.sizeEstimateHint'),
            inputMode: 'numeric',
          })}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={busy}>
            {t('groupForm.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {props.mode === 'create' ? t('groupForm.create') : t('groupForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
