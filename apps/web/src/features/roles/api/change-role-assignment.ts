import type { RoleAssignmentCreate } from '@saimnieks/contracts/roles';
import { roleAssignmentRoutes } from '@saimnieks/contracts/roles';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api.ts';
import { useLanguage } from '../../../lib/i18n.ts';

function useRefreshAssignments() {
  const queryClient = useQueryClient();
  // The session carries the roles held today: assigning oneself (an administrator may) changes it.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['role-assignments'] }),
      queryClient.invalidateQueries({ queryKey: ['session'], exact: true }),
    ]);
}

export function useAssignRole() {
  const lang = useLanguage();
  const refresh = useRefreshAssignments();
  return useMutation({
    mutationFn: (body: RoleAssignmentCreate) => apiSend(roleAssignmentRoutes.create, { body, query: { lang } }),
    onSuccess: refresh,
  });
}

export function useRevokeRoleAssignment() {
  const lang = useLanguage();
  const refresh = useRefreshAssignments();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiSend(roleAssignmentRoutes.revoke, { params: { id }, body: { version }, query: { lang } }),
    onSettled: refresh,
  });
}
