import type { Language } from '@saimnieks/contracts/language';
import { modelRoutes } from '@saimnieks/contracts/model';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const rolesQuery = (lang: Language) =>
  queryOptions({
    queryKey: ['model', 'roles', lang],
    queryFn: ({ signal }) => apiGet(modelRoutes.listRoles, { query: { lang }, signal }),
  });

/** The ten roles, in the UI language. */
export const useRoles = () => useSuspenseQuery(rolesQuery(useDataLanguage())).data;
