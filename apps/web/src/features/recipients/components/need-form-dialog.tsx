import { Button, Group, Modal, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { NeedImportance, type RecipientGroup, type RecipientNeed } from '@saimnieks/contracts/recipients';
import { LIFE_EVENTS, type LifeEventCode } from '@saimnieks/contracts/reference/life-events';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServicePicker } from '../../../components/service-picker.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateRecipientNeed, useUpdateRecipientNeed } from '../api/change-recipient-group.ts';
import { explainRecipientProblem, recipientFieldText } from '../lib/recipient-problems.ts';
import {
  emptyNeedValues,
  NEED_FIELDS,
  type NeedValues,
  needCreateOf,
  needUpdateOf,
  needValuesOf,
  rebase,
} from '../lib/recipient-values.ts';

interface NeedFormProps {
  group: RecipientGroup;
  /** The need to edit; none to add one. */
  need: RecipientNeed | undefined;
  onDone: () => void;
  onClose: () => void;
}

/** Adds a need to a group or edits one on its version: what is needed, how much, in which life events, met by which services. */
export function NeedFormDialog(props: NeedFormProps & { opened: boolean }) {
  const { t } = useTranslation(['recipients', 'app']);
  const title = props.need
    ? t('needForm.editTitle', { group: props.group.name })
    : t('needForm.createTitle', { group: props.group.name });
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app:dialog.close') }}
    >
      {props.opened && <NeedForm {...props} />}
    </Modal>
  );
}

function NeedForm({ group, need, onDone, onClose }: NeedFormProps) {
  const { t } = useTranslation('recipients');
  const language = useLanguage();
  const create = useCreateRecipientNeed();
  const update = useUpdateRecipientNeed();
  const [startedFrom, setStartedFrom] = useState<NeedValues>(() => (need ? needValuesOf(need) : emptyNeedValues()));
  const [values, setValues] = useState<NeedValues>(startedFrom);
  const [shownVersion, setShownVersion] = useState(need?.version);
  if (need && need.version !== shownVersion) {
    const newer = needValuesOf(need);
    setShownVersion(need.version);
    setValues(rebase(values, startedFrom, newer));
    setStartedFrom(newer);
  }
  const problem = useFormProblem(NEED_FIELDS, explainRecipientProblem(t), recipientFieldText(t));
  const set = <Field extends keyof NeedValues>(field: Field, value: NeedValues[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const busy = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.textLv.trim() === '') return problem.showFields({ 'texts.lv': problem.requiredText });
    problem.clear();
    if (need) {
      update.mutate(
        { groupId: group.id, needId: need.id, body: needUpdateOf(values, startedFrom, need.version) },
        { onSuccess: onDone, onError: problem.show },
      );
    } else {
      create.mutate({ groupId: group.id, body: needCreateOf(values) }, { onSuccess: onDone, onError: problem.show });
    }
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <ProblemSummary problem={problem} />
        <Textarea
          label={t('needForm.textLv')}
          description={t('needForm.textLvHint')}
          value={values.textLv}
          onChange={(event) => set('textLv', event.currentTarget.value)}
          error={problem.fieldError('texts.lv')}
          required
          autosize
          minRows={2}
        />
        <Textarea
          label={t('needForm.textEn')}
          value={values.textEn}
          onChange={(event) => set('textEn', event.currentTarget.value)}
          error={problem.fieldError('texts.en')}
          autosize
          minRows={2}
        />
        <Select
          label={t('needForm.importance')}
          data={NeedImportance.options.map((value) => ({ value, label: t(`importance.${value}`) }))}
          value={values.importance}
          onChange={(value) => value && set('importance', value as NeedValues['importance'])}
          allowDeselect={false}
          required
          error={problem.fieldError('importance')}
          maw={240}
        />
        <MultiSelect
          label={t('needForm.lifeEvents')}
          description={t('needForm.lifeEventsHint')}
          data={LIFE_EVENTS.map((event) => ({ value: event.code, label: event[language] }))}
          value={values.lifeEvents}
          onChange={(codes) => set('lifeEvents', codes as LifeEventCode[])}
          searchable
          clearable
          error={problem.fieldError('lifeEvents')}
        />
        <ServicePicker
          multiple
          label={t('needForm.services')}
          description={t('needForm.servicesHint')}
          value={values.serviceIds}
          onChange={(ids) => set('serviceIds', ids)}
          known={need?.services}
          error={problem.fieldError('serviceIds')}
        />
        {need && need.hiddenServices > 0 && (
          <Text size="sm" c="dimmed">
            {t('needForm.hiddenKept', { count: need.hiddenServices })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('needForm.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {need ? t('needForm.save') : t('needForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
