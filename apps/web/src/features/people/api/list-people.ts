import { peopleRoutes } from '@saimnieks/contracts/people';
import { keepPreviousData, queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

export interface PeopleFilter {
  organisation?: string;
  q?: string;
  active?: 'true' | 'false';
  limit?: number;
  offset?: number;
}

export const peopleQuery = (filter: PeopleFilter) =>
  queryOptions({
    queryKey: ['people', 'list', filter],
    queryFn: ({ signal }) => apiGet(peopleRoutes.list, { query: filter, signal }),
  });

/** A page of people; the previous page stays on screen while the next one loads. */
export const usePeople = (filter: PeopleFilter) =>
  useQuery({ ...peopleQuery(filter), placeholderData: keepPreviousData });

/** Everyone the signed-in person may see, by name, for choosing one in a filter (at most 500). */
export function usePersonChoices() {
  const { items } = useSuspenseQuery(peopleQuery({ limit: 500 })).data;
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}
