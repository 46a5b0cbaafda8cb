import { authRoutes } from '@saimnieks/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, rememberCsrfToken } from '../../../lib/api.ts';
import { sessionQuery } from './get-session.ts';

/**
 * Ends the session; nothing read while signed in stays in memory (the model is public). `leave` runs first (going
 * to the sign-in page), so that a page that needs a session is gone before the session is, and does not send the
 * user to sign in and come back to it.
 */
export function useSignOut(leave: () => Promise<void> | void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend(authRoutes.logout, {}),
    onSuccess: async () => {
      await leave();
      rememberCsrfToken(null);
      queryClient.removeQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'model' && queryKey[0] !== 'session' });
      queryClient.setQueryData(sessionQuery.queryKey, null);
    },
  });
}
