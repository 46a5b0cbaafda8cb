import type { RoleCode, ScopeKind } from '@saimnieks/contracts/auth';
import { roleAssignmentRoutes } from '@saimnieks/contracts/roles';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useLanguage } from '../../../lib/i18n.ts';

export interface PlannedAssignment {
  personId: string;
  roleCode: RoleCode;
  scopeKind: ScopeKind;
  scopeId: string;
  validFrom?: string;
  validUntil?: string;
}

/** The conflicts an assignment would raise with the person's other roles, asked before it is made. */
export function useRoleCompatibility(planned: PlannedAssignment | undefined) {
  const lang = useLanguage();
  return useQuery({
    queryKey: ['role-assignments', 'check', planned, lang],
    queryFn: ({ signal }) =>
      apiGet(roleAssignmentRoutes.check, { query: { ...(planned as PlannedAssignment), lang }, signal }),
    enabled: planned !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
