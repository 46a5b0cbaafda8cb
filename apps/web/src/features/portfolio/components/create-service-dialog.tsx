import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import {
  type ManagementDegree,
  Priority,
  type Service,
  ServiceCreate,
  ServiceKind,
} from '@saimnieks/contracts/services';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateService } from '../api/change-service.ts';
import { schemaIssues } from '../lib/content-issues.ts';
import { explainPortfolioProblem } from '../lib/explain-problem.ts';
import { useContentTexts } from '../lib/use-content-texts.ts';
import type { HolderChoice } from './portfolio-filters.tsx';

interface CreateServiceDialogProps {
  opened: boolean;
  /** Institutions and municipalities, which hold services. */
  holders: readonly HolderChoice[];
  managementDegrees: readonly ManagementDegree[];
  onClose: () => void;
  onCreated: (service: Service) => void;
}

/** The contract's body fields, so that the server's errors land next to the right input. */
const FIELDS = [
  'holderId',
  'identifierPrefix',
  'kind',
  'priority',
  'managementDegree',
  'title.lv',
  'title.en',
  'shortDescription.lv',
  'shortDescription.en',
];

export function CreateServiceDialog(props: CreateServiceDialogProps) {
  const { t } = useTranslation(['portfolio', 'app']);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('create.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app:dialog.close') }}
    >
      {/* Mounted only while open, so that each new service starts from an empty form. */}
      {props.opened && <CreateServiceForm {...props} />}
    </Modal>
  );
}

function CreateServiceForm({ holders, managementDegrees, onClose, onCreated }: CreateServiceDialogProps) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const texts = useContentTexts();
  const create = useCreateService();
  const problem = useFormProblem(FIELDS, explainPortfolioProblem(t), texts.fieldText);
  const [values, setValues] = useState({
    holderId: holders.length === 1 ? (holders[0]?.id ?? '') : '',
    identifierPrefix: '',
    kind: '',
    priority: 'medium',
    managementDegree: '',
    titleLv: '',
    titleEn: '',
    shortLv: '',
    shortEn: '',
  });
  const set = (name: keyof typeof values) => (value: string | null) =>
    setValues((current) => ({ ...current, [name]: value ?? '' }));
  const text = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => set(name)(event.currentTarget.value),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = problem.requiredText;
    const missing = {
      ...(values.holderId ? {} : { holderId: required }),
      ...(values.kind ? {} : { kind: required }),
      ...(values.titleLv.trim() ? {} : { 'title.lv': required }),
      ...(values.shortLv.trim() ? {} : { 'shortDescription.lv': required }),
    };
    if (Object.keys(missing).length > 0) return problem.showFields(missing);
    const optional = (value: string) => value.trim() || null;
    const body = {
      holderId: values.holderId,
      ...(values.identifierPrefix.trim() ? { identifierPrefix: values.identifierPrefix.trim() } : {}),
      kind: values.kind,
      priority: values.priority,
      managementDegree: optional(values.managementDegree),
      title: { lv: values.titleLv, en: optional(values.titleEn) },
      shortDescription: { lv: values.shortLv, en: optional(values.shortEn) },
    };
    // The contract's own schema checks the rest first, so that its errors come in the reader's words at once.
    const issues = schemaIssues(ServiceCreate, body);
    if (issues.length > 0) {
      return problem.showFields(
        Object.fromEntries(issues.map((issue) => [issue.path, texts.ruleText(issue.rule, issue.message)])),
      );
    }
    problem.clear();
    create.mutate(ServiceCreate.parse(body), { onSuccess: onCreated, onError: problem.show });
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('create.lead')}</Text>
        <ProblemSummary problem={problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('create.holder')}
            data={holders.map(({ id, name }) => ({ value: id, label: name }))}
            value={values.holderId || null}
            onChange={set('holderId')}
            searchable
            allowDeselect={false}
            required
            error={problem.fieldError('holderId')}
          />
          <TextInput
            label={t('create.identifierPrefix')}
            description={t('create.identifierPrefixHint')}
            {...text('identifierPrefix')}
            onChange={(event) => set('identifierPrefix')(event.currentTarget.value.toUpperCase())}
            maxLength={12}
            autoComplete="off"
            error={problem.fieldError('identifierPrefix')}
          />
          <Select
            label={t('create.kind')}
            data={ServiceKind.options.map((value) => ({ value, label: t(`kind.${value}`) }))}
            value={values.kind || null}
            onChange={set('kind')}
            allowDeselect={false}
            required
            error={problem.fieldError('kind')}
          />
          <Select
            label={t('create.priority')}
            data={Priority.options.map((value) => ({ value, label: t(`priority.${value}`) }))}
            value={values.priority}
            onChange={set('priority')}
            allowDeselect={false}
            error={problem.fieldError('priority')}
          />
          <Select
            label={t('create.managementDegree')}
            placeholder={t('create.noDegree')}
            data={managementDegrees.map((degree) => ({
              value: degree.code,
              label: (language === 'en' && degree.names.en) || degree.names.lv,
            }))}
            value={values.managementDegree || null}
            onChange={set('managementDegree')}
            clearable
            error={problem.fieldError('managementDegree')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('create.titleLv')}
            lang="lv"
            required
            maxLength={300}
            {...text('titleLv')}
            error={problem.fieldError('title.lv')}
          />
          <TextInput
            label={t('create.titleEn')}
            lang="en"
            maxLength={300}
            {...text('titleEn')}
            error={problem.fieldError('title.en')}
          />
          <Textarea
            label={t('create.shortDescriptionLv')}
            lang="lv"
            required
            autosize
            minRows={3}
            maxLength={1000}
            {...text('shortLv')}
            error={problem.fieldError('shortDescription.lv')}
          />
          <Textarea
            label={t('create.shortDescriptionEn')}
            lang="en"
            autosize
            minRows={3}
            maxLength={1000}
            {...text('shortEn')}
            error={problem.fieldError('shortDescription.en')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('create.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
