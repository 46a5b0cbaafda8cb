import { peopleRoutes } from '@saimnieks/contracts/people';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ['people', 'one', id],
    queryFn: ({ signal }) => apiGet(peopleRoutes.get, { params: { id }, signal }),
  });

/** One person; someone the signed-in person may not see is a 404 problem. */
export const usePerson = (id: string) => useSuspenseQuery(personQuery(id)).data;
