import type { Language } from '@saimnieks/contracts/language';
import { modelRoutes } from '@saimnieks/contracts/model';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const taskQuery = (code: string, lang: Language) =>
  queryOptions({
    queryKey: ['model', 'tasks', code, lang],
    queryFn: ({ signal }) => apiGet(modelRoutes.getTask, { params: { code }, query: { lang }, signal }),
  });

/** One task with its prerequisites and dependants, in the UI language; an unknown code throws a 404 problem. */
export const useTask = (code: string) => useSuspenseQuery(taskQuery(code, useDataLanguage())).data;
