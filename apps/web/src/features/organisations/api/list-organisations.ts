import type { Language } from '@saimnieks/contracts/language';
import { type OrganisationKind, organisationRoutes } from '@saimnieks/contracts/organisations';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

interface OrganisationFilter {
  kind?: OrganisationKind;
  status?: 'active' | 'archived';
  limit?: number;
}

export const organisationsQuery = (filter: OrganisationFilter, lang: Language) =>
  queryOptions({
    queryKey: ['organisations', 'list', filter, lang],
    queryFn: ({ signal }) => apiGet(organisationRoutes.list, { query: { ...filter, lang }, signal }),
  });

/** Organisations the signed-in person may see, in the UI language. */
export const useOrganisations = (filter: OrganisationFilter) =>
  useSuspenseQuery(organisationsQuery(filter, useDataLanguage())).data;

/**
 * Every organisation the person may see, by name, for choosing one in a form or filter. The API gives at most
 * 500 at once, which is the size of the whole public administration's tree.
 */
export function useOrganisationChoices() {
  const { items } = useOrganisations({ limit: 500 });
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}
