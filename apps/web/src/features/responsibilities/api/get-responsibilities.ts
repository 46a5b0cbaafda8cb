import { responsibilityRoutes } from '@saimnieks/contracts/responsibilities';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

export const responsibilityMatrixQuery = queryOptions({
  queryKey: ['responsibilities', 'current'],
  queryFn: ({ signal }) => apiGet(responsibilityRoutes.get, { signal }),
  // Edited by someone else meanwhile is what a stale version (409) tells; no need to poll.
  staleTime: 60_000,
});

/** The current responsibility matrix (role × task); reading it is public like the rest of the model. */
export const useResponsibilityMatrix = () => useSuspenseQuery(responsibilityMatrixQuery).data;
