import { Badge, Button, Table, Text, Title } from '@mantine/core';
import type { MySession } from '@saimnieks/contracts/auth';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useMySessions, useRevokeSession } from '../api/my-sessions.ts';
import { describeUserAgent } from '../lib/user-agent.ts';

/** My open sessions, this one first, each of which I can end. Ending this one signs me out. */
export function MySessions({ onCurrentRevoked }: { onCurrentRevoked: () => void }) {
  const { t } = useTranslation('account');
  const language = useLanguage();
  const { items } = useMySessions();
  const revoke = useRevokeSession();
  const [revoking, setRevoking] = useState<MySession>();
  const [message, setMessage] = useState<string>();
  const problem = useFormProblem([]);
  const sessions = [...items].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  const when = (instant: string) => formatInstant(instant, language);

  const close = () => {
    setRevoking(undefined);
    problem.clear();
  };
  const confirm = () =>
    revoking &&
    revoke.mutate(
      { id: revoking.id, current: revoking.current },
      {
        onSuccess: () => {
          close();
          if (revoking.current) onCurrentRevoked();
          else setMessage(t('sessions.revoked'));
        },
        onError: problem.show,
      },
    );

  return (
    <section aria-labelledby="my-sessions-title">
      <Title order={2} id="my-sessions-title" mb="sm">
        {t('sessions.title')}
      </Title>
      <DoneMessage>{message}</DoneMessage>
      <Table.ScrollContainer minWidth={820}>
        <Table striped>
          <Table.Caption>{t('sessions.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sessions.started')}</Table.Th>
              <Table.Th scope="col">{t('sessions.lastSeen')}</Table.Th>
              <Table.Th scope="col">{t('sessions.expires')}</Table.Th>
              <Table.Th scope="col">{t('sessions.method')}</Table.Th>
              <Table.Th scope="col">{t('sessions.device')}</Table.Th>
              <Table.Th scope="col">{t('sessions.address')}</Table.Th>
              <Table.Th scope="col">{t('sessions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => (
              <Table.Tr key={session.id}>
                <Table.Td>
                  {when(session.createdAt)}
                  {session.current && (
                    <Badge ml="xs" variant="outline" color="teal.9">
                      {t('sessions.current')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{when(session.lastSeenAt)}</Table.Td>
                <Table.Td>{when(session.expiresAt)}</Table.Td>
                <Table.Td>{t(`sessions.methods.${session.method}`)}</Table.Td>
                <Table.Td>{describeUserAgent(session.userAgent) ?? t('sessions.unknown')}</Table.Td>
                <Table.Td>{session.address ?? t('sessions.unknown')}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => {
                      setMessage(undefined);
                      setRevoking(session);
                    }}
                    aria-label={
                      session.current
                        ? t('sessions.revokeCurrent')
                        : t('sessions.revokeLabel', { started: when(session.createdAt) })
                    }
                  >
                    {t('sessions.revoke')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={revoking !== undefined}
        title={t('sessions.revokeTitle')}
        confirmLabel={t('sessions.revoke')}
        danger
        busy={revoke.isPending}
        onClose={close}
        onConfirm={confirm}
      >
        <ProblemSummary problem={problem} />
        <Text>{revoking?.current ? t('sessions.revokeCurrentText') : t('sessions.revokeText')}</Text>
      </ConfirmDialog>
    </section>
  );
}
