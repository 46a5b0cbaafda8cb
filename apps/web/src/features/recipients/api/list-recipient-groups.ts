import type { Language } from '@saimnieks/contracts/language';
import { type RecipientGroupQuery, recipientRoutes } from '@saimnieks/contracts/recipients';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export type RecipientGroupFilter = Omit<z.input<typeof RecipientGroupQuery>, 'lang'>;

export const recipientGroupsQuery = (filter: RecipientGroupFilter, lang: Language) =>
  queryOptions({
    queryKey: ['recipient-groups', 'list', filter, lang],
    queryFn: ({ signal }) => apiGet(recipientRoutes.list, { query: { ...filter, lang }, signal }),
  });

/** A page of recipient groups with their needs; the previous page stays on screen while the next one loads. */
export const useRecipientGroups = (filter: RecipientGroupFilter) =>
  useQuery({ ...recipientGroupsQuery(filter, useDataLanguage()), placeholderData: keepPreviousData });
