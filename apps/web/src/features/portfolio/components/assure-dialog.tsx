import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { Service } from '@saimnieks/contracts/services';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { todayInRiga } from '../../../lib/riga-time.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useAssureService } from '../api/change-service.ts';
import { explainPortfolioProblem } from '../lib/explain-problem.ts';

interface AssureDialogProps {
  service: Service;
  opened: boolean;
  onClose: () => void;
  onAssured: (service: Service) => void;
}

/** Confirms that the published description is still right ("apliecināt aktualitāti") and sets the next review. */
export function AssureDialog({ service, opened, onClose, onAssured }: AssureDialogProps) {
  const { t } = useTranslation(['portfolio', 'app']);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('assure.title')}
      closeButtonProps={{ 'aria-label': t('app:dialog.close') }}
    >
      {opened && <AssureForm service={service} opened={opened} onClose={onClose} onAssured={onAssured} />}
    </Modal>
  );
}

function AssureForm({ service, onClose, onAssured }: AssureDialogProps) {
  const { t } = useTranslation(['portfolio', 'app']);
  const assure = useAssureService();
  const [reviewBy, setReviewBy] = useState('');
  const problem = useFormProblem(['reviewBy'], explainPortfolioProblem(t));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    problem.clear();
    assure.mutate(
      { id: service.id, body: { version: service.version, ...(reviewBy ? { reviewBy } : {}) } },
      { onSuccess: onAssured, onError: problem.show },
    );
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('assure.lead')}</Text>
        <ProblemSummary problem={problem} />
        <TextInput
          type="date"
          label={t('assure.reviewBy')}
          min={todayInRiga()}
          value={reviewBy}
          onChange={(event) => setReviewBy(event.currentTarget.value)}
          error={problem.fieldError('reviewBy')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={assure.isPending}>
            {t('app:dialog.cancel')}
          </Button>
          <Button type="submit" loading={assure.isPending}>
            {t('assure.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
