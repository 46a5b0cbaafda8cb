import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { DescriptionVersionSummary, Service } from '@saimnieks/contracts/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { usePublishDescription, useStartDraft, useSubmitDescription } from '../api/change-description.ts';
import { explainPortfolioProblem } from '../lib/explain-problem.ts';
import { portfolioPaths } from '../paths.ts';
import { type Decision, ReviewDialog } from './review-dialog.tsx';

interface WorkingVersionProps {
  service: Service;
  /** The version being worked on (draft, in review or approved), if any. */
  working: DescriptionVersionSummary | undefined;
  onDone: (message: string) => void;
}

/**
 * Where the next version of the description stands and the step that comes next: edit and submit a draft,
 * approve or return it, publish it; or start a new draft when none is being worked on.
 */
export function WorkingVersion({ service, working, onDone }: WorkingVersionProps) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const at = (instant: string) => formatInstant(instant, language);
  const submit = useSubmitDescription();
  const publish = usePublishDescription();
  const startDraft = useStartDraft();
  const problem = useFormProblem([], explainPortfolioProblem(t));
  const [reviewing, setReviewing] = useState<Decision>();
  const liquidated = service.stage === 'liquidation';
  // The service says what the signed-in person may do with it (approving never what they submitted).
  const { describe: mayDescribe, approve: mayApprove } = service.may;

  const target = working && { serviceId: service.id, number: working.number, version: working.version };
  const act = (mutation: typeof submit | typeof publish, message: string) => {
    if (!target) return;
    problem.clear();
    mutation.mutate(target, { onSuccess: () => onDone(message), onError: problem.show });
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="working-version-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="working-version-title">
          {t('working.title')}
        </Title>
        <ProblemSummary problem={problem} />
        {!working ? (
          <>
            <Text>{t('working.none')}</Text>
            {mayDescribe && !liquidated && (
              <Group>
                <Button
                  loading={startDraft.isPending}
                  onClick={() => {
                    problem.clear();
                    startDraft.mutate(
                      { serviceId: service.id, version: service.version },
                      {
                        onSuccess: (draft) => onDone(t('working.draftStarted', { number: draft.number })),
                        onError: problem.show,
                      },
                    );
                  }}
                >
                  {t('working.startDraft')}
                </Button>
                <Text size="sm" c="dimmed">
                  {t('working.startDraftHint')}
                </Text>
              </Group>
            )}
          </>
        ) : (
          <>
            <Text fw={500}>
              {t('working.version', { number: working.number, status: t(`descriptionStatus.${working.status}`) })}
            </Text>
            <Text size="sm">{t('working.updated', { at: at(working.updatedAt) })}</Text>
            {working.status !== 'draft' && working.submittedBy && working.submittedAt && (
              <Text size="sm">
                {t('working.submitted', { name: working.submittedBy.name, at: at(working.submittedAt) })}
              </Text>
            )}
            {working.status === 'approved' && working.reviewedBy && working.reviewedAt && (
              <Text size="sm">
                {t('working.approved', { name: working.reviewedBy.name, at: at(working.reviewedAt) })}
              </Text>
            )}
            {working.status === 'draft' && working.reviewNote && working.reviewedBy && working.reviewedAt && (
              <Alert
                color="orange"
                variant="light"
                title={t('working.returned', { name: working.reviewedBy.name, at: at(working.reviewedAt) })}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {working.reviewNote}
                </Text>
              </Alert>
            )}
            <Group>
              {working.status === 'draft' && mayDescribe && (
                <>
                  <Button component={Link} to={portfolioPaths.editor(service.id)}>
                    {t('working.edit')}
                  </Button>
                  <Button
                    variant="default"
                    loading={submit.isPending}
                    onClick={() => act(submit, t('working.submittedDone', { number: working.number }))}
                  >
                    {t('working.submit')}
                  </Button>
                </>
              )}
              {working.status === 'in_review' && mayApprove && (
                <>
                  <Button onClick={() => setReviewing('approve')}>{t('working.approve')}</Button>
                  <Button variant="default" onClick={() => setReviewing('return')}>
                    {t('working.return')}
                  </Button>
                </>
              )}
              {working.status === 'approved' && mayDescribe && (
                <Button
                  loading={publish.isPending}
                  onClick={() => act(publish, t('working.publishedDone', { number: working.number }))}
                >
                  {t('working.publish')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
      <ReviewDialog
        target={reviewing && target ? { ...target, identifier: service.identifier } : undefined}
        initialDecision={reviewing ?? 'approve'}
        onClose={() => setReviewing(undefined)}
        onReviewed={(decision, number) => {
          setReviewing(undefined);
          onDone(t(decision === 'approve' ? 'working.approvedDone' : 'working.returnedDone', { number }));
        }}
      />
    </Card>
  );
}
