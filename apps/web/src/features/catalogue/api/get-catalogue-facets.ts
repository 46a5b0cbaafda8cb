import { catalogueRoutes } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';
import type { CatalogueSearch } from '../lib/catalogue-query.ts';

export const catalogueFacetsQuery = (search: Omit<CatalogueSearch, 'page'>, lang: Language) =>
  queryOptions({
    queryKey: ['catalogue', 'facets', search, lang],
    queryFn: ({ signal }) => apiGet(catalogueRoutes.facets, { query: { ...search, lang }, signal }),
  });

/**
 * How many services each filter value finds with the rest of a search, and the institutions with services. Not a
 * suspense query: the page is of use without the counts, and the previous ones stay until the next arrive.
 */
export const useCatalogueFacets = (search: Omit<CatalogueSearch, 'page'>) =>
  useQuery({ ...catalogueFacetsQuery(search, useDataLanguage()), placeholderData: keepPreviousData });
