import type { Language } from '@saimnieks/contracts/language';
import { organisationRoutes } from '@saimnieks/contracts/organisations';
import { queryOptions, useSuspenseQueries } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const organisationTreeQuery = (id: string, lang: Language) =>
  queryOptions({
    queryKey: ['organisations', 'tree', id, lang],
    queryFn: ({ signal }) => apiGet(organisationRoutes.tree, { params: { id }, query: { lang }, signal }),
  });

/** The subtrees under each of the roots, in the UI language, loaded side by side. */
export function useOrganisationTrees(rootIds: readonly string[]) {
  const lang = useDataLanguage();
  return useSuspenseQueries({
    queries: rootIds.map((id) => organisationTreeQuery(id, lang)),
    combine: (results) => results.map((result) => result.data),
  });
}
