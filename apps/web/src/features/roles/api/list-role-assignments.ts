import type { Language } from '@saimnieks/contracts/language';
import { roleAssignmentRoutes } from '@saimnieks/contracts/roles';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const personRoleAssignmentsQuery = (personId: string, lang: Language) =>
  queryOptions({
    queryKey: ['role-assignments', 'person', personId, lang],
    queryFn: ({ signal }) =>
      apiGet(roleAssignmentRoutes.list, { query: { person: personId, lang, limit: 500 }, signal }),
  });

/** Every role assignment of one person, past, present and scheduled, with scope names in the UI language. */
export const usePersonRoleAssignments = (personId: string) =>
  useSuspenseQuery(personRoleAssignmentsQuery(personId, useDataLanguage())).data;
