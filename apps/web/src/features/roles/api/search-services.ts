import { serviceRoutes } from '@saimnieks/contracts/services';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

/** How many services a search offers at once: enough to choose from, few enough to read. */
const OFFERED = 20;

/**
 * Services the signed-in person may see whose identifier or title contains `search` (the server ignores Latvian
 * diacritics and case); the first ones by identifier while nothing is typed.
 */
export function useServiceSearch(search: string) {
  const lang = useDataLanguage();
  // The API takes at most 100 characters; more would not narrow the search anyway.
  const q = search.trim().slice(0, 100) || undefined;
  return useQuery({
    queryKey: ['services', 'search', q, lang],
    queryFn: ({ signal }) => apiGet(serviceRoutes.list, { query: { q, lang, limit: OFFERED }, signal }),
    placeholderData: keepPreviousData,
  });
}
