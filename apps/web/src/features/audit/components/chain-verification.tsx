import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiveRegion } from '../../../components/ui/live-region.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useVerifyAuditChain } from '../api/verify-audit-chain.ts';
import { auditPaths } from '../paths.ts';

/** The "verify chain" button and its answer: intact, or the first broken event with a link to it. */
export function ChainVerification() {
  const { t } = useTranslation('audit');
  const verify = useVerifyAuditChain();
  const problem = useFormProblem([]);
  const result = verify.data;

  return (
    <section aria-labelledby="chain-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="chain-title">
          {t('verify.title')}
        </Title>
        <Group>
          <Button
            variant="default"
            loading={verify.isPending}
            onClick={() => {
              problem.clear();
              verify.mutate(undefined, { onError: problem.show });
            }}
          >
            {t('verify.button')}
          </Button>
        </Group>
        <ProblemSummary problem={problem} />
        <LiveRegion>
          {result?.intact === true && (
            <Alert color="teal" variant="light" role="note" title={t('verify.intact', { count: result.events })} />
          )}
          {result && !result.intact && result.brokenEventId !== null && (
            <Alert color="red" variant="light" role="note" title={t('verify.broken', { id: result.brokenEventId })}>
              {result.reason && <Text size="sm">{t(`verify.reasons.${result.reason}`)}</Text>}
              <Anchor component={Link} to={`${auditPaths.log}?before=${result.brokenEventId + 1}`} size="sm">
                {t('verify.show')}
              </Anchor>
            </Alert>
          )}
        </LiveRegion>
      </Stack>
    </section>
  );
}
