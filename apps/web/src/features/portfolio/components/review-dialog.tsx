import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useReviewDescription } from '../api/change-description.ts';
import { explainPortfolioProblem } from '../lib/explain-problem.ts';
import { useContentTexts } from '../lib/use-content-texts.ts';

export type Decision = 'approve' | 'return';

export interface ReviewTarget {
  serviceId: string;
  identifier: string;
  number: number;
  /** The version of the description the decision is made on. */
  version: number;
}

interface ReviewDialogProps {
  target: ReviewTarget | undefined;
  initialDecision: Decision;
  onClose: () => void;
  onReviewed: (decision: Decision, number: number) => void;
}

/** Approves a submitted description, or returns it for changes with a note saying what to change. */
export function ReviewDialog({ target, initialDecision, onClose, onReviewed }: ReviewDialogProps) {
  const { t } = useTranslation(['portfolio', 'app']);
  return (
    <Modal
      opened={target !== undefined}
      onClose={onClose}
      title={target ? t('review.title', { number: target.number, identifier: target.identifier }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app:dialog.close') }}
    >
      {target && (
        <ReviewForm
          key={`${target.serviceId}-${target.number}-${initialDecision}`}
          target={target}
          initialDecision={initialDecision}
          onClose={onClose}
          onReviewed={onReviewed}
        />
      )}
    </Modal>
  );
}

const FIELDS = ['decision', 'note'];

function ReviewForm({
  target,
  initialDecision,
  onClose,
  onReviewed,
}: Omit<ReviewDialogProps, 'target'> & { target: ReviewTarget }) {
  const { t } = useTranslation(['portfolio', 'app']);
  const texts = useContentTexts();
  const review = useReviewDescription();
  const [decision, setDecision] = useState<Decision>(initialDecision);
  const [note, setNote] = useState('');
  const problem = useFormProblem(FIELDS, explainPortfolioProblem(t), texts.fieldText);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (decision === 'return' && !note.trim()) return problem.showFields({ note: t('rules.required_when_returning') });
    problem.clear();
    review.mutate(
      { ...target, decision, note: note.trim() || null },
      { onSuccess: () => onReviewed(decision, target.number), onError: problem.show },
    );
  };

  return (
    <form ref={problem.formRef} onSubmit={submit} noValidate>
      <Stack>
        <ProblemSummary problem={problem} />
        <Radio.Group
          label={t('review.decision')}
          value={decision}
          onChange={(value) => setDecision(value === 'return' ? 'return' : 'approve')}
          error={problem.fieldError('decision')}
        >
          <Group mt="xs">
            <Radio value="approve" label={t('review.approve')} />
            <Radio value="return" label={t('review.return')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('review.note')}
          description={t('review.noteHint')}
          required={decision === 'return'}
          autosize
          minRows={3}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={problem.fieldError('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={review.isPending}>
            {t('app:dialog.cancel')}
          </Button>
          <Button type="submit" loading={review.isPending}>
            {t('review.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
