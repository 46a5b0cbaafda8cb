import type { Language } from '@saimnieks/contracts/language';
import { modelRoutes } from '@saimnieks/contracts/model';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const stagesQuery = (lang: Language) =>
  queryOptions({
    queryKey: ['model', 'stages', lang],
    queryFn: ({ signal }) => apiGet(modelRoutes.listStages, { query: { lang }, signal }),
  });

/** The policy and service lifecycle stages, in the UI language. */
export const useStages = () => useSuspenseQuery(stagesQuery(useDataLanguage())).data;
