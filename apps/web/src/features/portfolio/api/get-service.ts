import type { Language } from '@saimnieks/contracts/language';
import { serviceRoutes } from '@saimnieks/contracts/services';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const serviceQuery = (id: string, lang: Language) =>
  queryOptions({
    queryKey: ['services', 'detail', id, lang],
    queryFn: ({ signal }) => apiGet(serviceRoutes.get, { params: { id }, query: { lang }, signal }),
  });

/** One service; one the person may not see is a 404 problem, which the page shows as not found. */
export const useService = (id: string) => useSuspenseQuery(serviceQuery(id, useDataLanguage())).data;
