import { authRoutes, type SessionInfo } from '@saimnieks/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, rememberCsrfToken } from '../../../lib/api.ts';
import { sessionQuery } from './get-session.ts';

/** Signs in with email and password; what was cached for whoever was signed in before is forgotten. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (login: { email: string; password: string }) => apiSend(authRoutes.login, { body: login }),
    onSuccess: (session: SessionInfo) => {
      rememberCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'model' && queryKey[0] !== 'session' });
      queryClient.setQueryData(sessionQuery.queryKey, session);
    },
  });
}
