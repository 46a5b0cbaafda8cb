import type { Language } from '@saimnieks/contracts/language';
import { modelRoutes } from '@saimnieks/contracts/model';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const capabilitiesQuery = (lang: Language) =>
  queryOptions({
    queryKey: ['model', 'capabilities', lang],
    queryFn: ({ signal }) => apiGet(modelRoutes.listCapabilities, { query: { lang }, signal }),
  });

/** The capabilities, in the UI language. */
export const useCapabilities = () => useSuspenseQuery(capabilitiesQuery(useDataLanguage())).data;
