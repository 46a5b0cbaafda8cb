import { authRoutes } from '@saimnieks/contracts/auth';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api.ts';

export const mySessionsQuery = queryOptions({
  queryKey: ['account', 'sessions'],
  queryFn: ({ signal }) => apiGet(authRoutes.listSessions, { signal }),
  // Last seen and expiry move with every request.
  staleTime: 0,
});

/** The signed-in person's open sessions. */
export const useMySessions = () => useSuspenseQuery(mySessionsQuery).data;

/**
 * Ends one of my sessions. Ending the current one signs me out: the list is then not asked for again (it would
 * answer 401), the page leaves for the sign-in page instead.
 */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; current: boolean }) => apiSend(authRoutes.revokeSession, { params: { id } }),
    onSettled: (_data, _error, { current }) =>
      current ? undefined : queryClient.invalidateQueries({ queryKey: ['account', 'sessions'] }),
  });
}
