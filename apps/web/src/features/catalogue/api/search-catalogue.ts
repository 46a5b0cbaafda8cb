import { catalogueRoutes } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
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

/**
 * How many services each of these searches finds (one small request each), for browsing; undefined until known.
 * The count does not depend on the language, so it is asked in Latvian whatever the page's.
 */
export function useCatalogueCounts(searches: readonly Omit<CatalogueSearch, 'page'>[]): (number | undefined)[] {
  return useQueries({
    queries: searches.map((search) => ({
      queryKey: ['catalogue', 'count', search],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiGet(catalogueRoutes.search, { query: { ...search, limit: 1, offset: 0 }, signal }),
      select: (result: { total: number }) => result.total,
    })),
  }).map((query) => query.data);
}

/**
 * The institutions that hold published services, by name, for the institution filter. The API has no list of them
 * yet, so they are gathered from the first hundred services; the one a link chose is added from its results.
 */
export function useCatalogueInstitutions(chosen?: { id: string; name: string }): { id: string; name: string }[] {
  const lang = useDataLanguage();
  const { data } = useQuery({
    queryKey: ['catalogue', 'institutions', lang],
    queryFn: ({ signal }) => apiGet(catalogueRoutes.search, { query: { lang, limit: 100, offset: 0 }, signal }),
  });
  const byId = new Map<string, string>();
  for (const item of data?.items ?? []) byId.set(item.holder.id, item.holder.name);
  if (chosen) byId.set(chosen.id, chosen.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, lang));
}
