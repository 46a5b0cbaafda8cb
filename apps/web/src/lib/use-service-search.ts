import type { Language } from '@saimnieks/contracts/language';
import { serviceRoutes } from '@saimnieks/contracts/services';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './api.ts';
import { useDataLanguage } from './i18n.ts';

/** How many services a search offers at once: enough to choose from, few enough to read. */
const OFFERED = 20;

export const serviceSearchQuery = (search: string, lang: Language) => {
  // The API takes at most 100 characters; more would not narrow the search anyway.
  const q = search.trim().slice(0, 100) || undefined;
  return queryOptions({
    queryKey: ['services', 'search', q, lang],
    queryFn: ({ signal }) => apiGet(serviceRoutes.list, { query: { q, lang, limit: OFFERED }, signal }),
  });
};

/**
 * Services the signed-in person may see whose identifier or title contains `search` (the server ignores Latvian
 * diacritics and case, and the portfolio of the whole administration is too large to load for a choice); the first
 * ones by identifier while nothing is typed. The previous answer stays while the next one loads.
 */
export const useServiceSearch = (search: string) =>
  useQuery({ ...serviceSearchQuery(search, useDataLanguage()), placeholderData: keepPreviousData });
