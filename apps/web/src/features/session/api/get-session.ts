import { authRoutes, type SessionInfo } from '@saimnieks/contracts/auth';
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { ApiProblem, apiGet, rememberCsrfToken } from '../../../lib/api.ts';

/** Who is signed in: the session, or null for nobody (the API answers 401). */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async ({ signal }): Promise<SessionInfo | null> => {
    try {
      const session = await apiGet(authRoutes.session, { signal });
      rememberCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) {
        rememberCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  // The session slides with every request; asking again on focus notices one that ended meanwhile.
  staleTime: 30_000,
});

/** The session or null, suspending until known. */
export const useSession = () => useSuspenseQuery(sessionQuery).data;

/** The session once known, for what must not hold the page up (the header). */
export const useSessionIfKnown = () => useQuery(sessionQuery);

/** The session on a page behind `RequireSession`, which has made sure there is one. */
export function useSignedInSession(): SessionInfo {
  const session = useSession();
  if (!session) throw new Error('useSignedInSession outside a page that requires a session');
  return session;
}
