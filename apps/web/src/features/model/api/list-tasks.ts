import type { Language } from '@saimnieks/contracts/language';
import { modelRoutes } from '@saimnieks/contracts/model';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const tasksQuery = (lang: Language) =>
  queryOptions({
    queryKey: ['model', 'tasks', lang],
    queryFn: ({ signal }) => apiGet(modelRoutes.listTasks, { query: { lang }, signal }),
  });

/** The 32 tasks, in the UI language. */
export const useTasks = () => useSuspenseQuery(tasksQuery(useDataLanguage())).data;
