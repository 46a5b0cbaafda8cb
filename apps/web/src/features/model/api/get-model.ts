import type { Language } from '@saimnieks/contracts/language';
import { modelRoutes } from '@saimnieks/contracts/model';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const modelQuery = (lang: Language) =>
  queryOptions({
    queryKey: ['model', 'whole', lang],
    queryFn: ({ signal }) => apiGet(modelRoutes.getModel, { query: { lang }, signal }),
  });

/** The whole model, in the UI language. */
export const useModel = () => useSuspenseQuery(modelQuery(useDataLanguage())).data;
