import { catalogueRoutes } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';
import { apiQueryOf, type CatalogueSearch } from '../lib/catalogue-query.ts';

export const catalogueSearchQuery = (search: CatalogueSearch, lang: Language) =>
  queryOptions({
    queryKey: ['catalogue', 'search', search, lang],
    queryFn: ({ signal }) => apiGet(catalogueRoutes.search, { query: apiQueryOf(search, lang), signal }),
  });

/**
 * A page of published services. Not a suspense query: the search form stays in place while results load, and the
 * previous results stay on screen (marked as updating) until the next ones arrive.
 */
export const useCatalogueSearch = (search: CatalogueSearch) =>
  useQuery({ ...catalogueSearchQuery(search, useDataLanguage()), placeholderData: keepPreviousData });
