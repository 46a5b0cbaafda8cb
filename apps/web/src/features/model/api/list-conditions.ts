import type { Language } from '@saimnieks/contracts/language';
import { modelRoutes } from '@saimnieks/contracts/model';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const conditionsQuery = (lang: Language) =>
  queryOptions({
    queryKey: ['model', 'conditions', lang],
    queryFn: ({ signal }) => apiGet(modelRoutes.listConditions, { query: { lang }, signal }),
  });

/** The condition groups N1–N10, in the UI language. */
export const useConditions = () => useSuspenseQuery(conditionsQuery(useDataLanguage())).data;
