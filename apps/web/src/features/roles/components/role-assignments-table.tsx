import { Badge, Button, Table, Text } from '@mantine/core';
import type { RoleAssignment, RoleAssignmentStatus } from '@saimnieks/contracts/roles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useRevokeRoleAssignment } from '../api/change-role-assignment.ts';
import { explainRoleProblem } from './assign-role-form.tsx';

const statusColours: Record<RoleAssignmentStatus, string> = {
  scheduled: 'blue.8',
  active: 'teal.9',
  ended: 'gray.7',
  revoked: 'gray.7',
};

interface RoleAssignmentsTableProps {
  assignments: readonly RoleAssignment[];
  roleName: (code: string) => string;
  /** Whether to offer revoking; the server still decides. */
  mayRevoke: boolean;
  onRevoked: (roleCode: string) => void;
}

/** A person's role assignments, held ones first, each revocable while it is held or scheduled. */
export function RoleAssignmentsTable({ assignments, roleName, mayRevoke, onRevoked }: RoleAssignmentsTableProps) {
  const { t } = useTranslation('roles');
  const language = useLanguage();
  const revoke = useRevokeRoleAssignment();
  const [revoking, setRevoking] = useState<RoleAssignment>();
  const problem = useFormProblem([], explainRoleProblem(t));
  const order: RoleAssignmentStatus[] = ['active', 'scheduled', 'ended', 'revoked'];
  const sorted = [...assignments].sort(
    (a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.roleCode.localeCompare(b.roleCode),
  );

  if (assignments.length === 0) return <Text>{t('table.none')}</Text>;
  const scopeOf = (assignment: RoleAssignment) => assignment.scopeName ?? assignment.scopeId;
  const close = () => {
    setRevoking(undefined);
    problem.clear();
  };

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption>{t('table.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.role')}</Table.Th>
              <Table.Th scope="col">{t('table.scope')}</Table.Th>
              <Table.Th scope="col">{t('table.validity')}</Table.Th>
              <Table.Th scope="col">{t('table.status')}</Table.Th>
              <Table.Th scope="col">{t('table.justification')}</Table.Th>
              {mayRevoke && <Table.Th scope="col">{t('table.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((assignment) => (
              <Table.Tr key={assignment.id}>
                <Table.Td>
                  <Text span fw={700}>
                    {assignment.roleCode}
                  </Text>{' '}
                  {roleName(assignment.roleCode)}
                </Table.Td>
                <Table.Td>{scopeOf(assignment)}</Table.Td>
                <Table.Td>
                  {assignment.validUntil
                    ? t('table.fromUntil', {
                        from: formatDay(assignment.validFrom, language),
                        until: formatDay(assignment.validUntil, language),
                      })
                    : t('table.from', { from: formatDay(assignment.validFrom, language) })}
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={statusColours[assignment.status]}>
                    {t(`status.${assignment.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{assignment.justification}</Table.Td>
                {mayRevoke && (
                  <Table.Td>
                    {(assignment.status === 'active' || assignment.status === 'scheduled') && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => setRevoking(assignment)}
                        aria-label={t('table.revokeLabel', { role: assignment.roleCode, scope: scopeOf(assignment) })}
                      >
                        {t('table.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={revoking !== undefined}
        title={t('revoke.title')}
        confirmLabel={t('revoke.confirm')}
        danger
        busy={revoke.isPending}
        onClose={close}
        onConfirm={() =>
          revoking &&
          revoke.mutate(
            { id: revoking.id, version: revoking.version },
            {
              onSuccess: () => {
                close();
                onRevoked(revoking.roleCode);
              },
              onError: problem.show,
            },
          )
        }
      >
        <ProblemSummary problem={problem} />
        {revoking && (
          <Text>
            {t('revoke.text', {
              role: `${revoking.roleCode} ${roleName(revoking.roleCode)}`,
              scope: scopeOf(revoking),
            })}
          </Text>
        )}
      </ConfirmDialog>
    </>
  );
}
