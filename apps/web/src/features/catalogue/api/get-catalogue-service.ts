import { catalogueRoutes } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const catalogueServiceQuery = (id: string, lang: Language) =>
  queryOptions({
    queryKey: ['catalogue', 'service', id, lang],
    queryFn: ({ signal }) => apiGet(catalogueRoutes.get, { params: { id }, query: { lang }, signal }),
  });

/** A published service in the UI language; one that is not published (or not a service) throws a 404 problem. */
export const useCatalogueService = (id: string) => useSuspenseQuery(catalogueServiceQuery(id, useDataLanguage())).data;
