import type { Language } from '@saimnieks/contracts/language';
import { serviceRoutes } from '@saimnieks/contracts/services';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

const SEARCH_LIMIT = 20;

export const serviceSearchQuery = (q: string, lang: Language) =>
  queryOptions({
    queryKey: ['services', 'list', { q, limit: SEARCH_LIMIT }, lang],
    queryFn: ({ signal }) =>
      apiGet(serviceRoutes.list, { query: { ...(q ? { q } : {}), limit: SEARCH_LIMIT, lang }, signal }),
  });

/**
 * Services the person may see whose identifier or title holds the text, for linking them to a need. Searched on the
 * server: the portfolio of the whole administration is too large to load for a choice.
 */
export const useServiceSearch = (q: string) =>
  useQuery({ ...serviceSearchQuery(q.trim(), useDataLanguage()), placeholderData: keepPreviousData });
