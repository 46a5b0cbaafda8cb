import { type ApiTokenCreate, authRoutes } from '@saimnieks/contracts/auth';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api.ts';

export const myTokensQuery = queryOptions({
  queryKey: ['account', 'tokens'],
  queryFn: ({ signal }) => apiGet(authRoutes.listTokens, { signal }),
});

/** The signed-in person's personal API tokens, never their secrets. */
export const useMyTokens = () => useSuspenseQuery(myTokensQuery).data;

function useRefreshTokens() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['account', 'tokens'] });
}

/** Creates a token; the answer holds its secret, which is never shown again. */
export function useCreateToken() {
  const refresh = useRefreshTokens();
  return useMutation({
    mutationFn: (body: ApiTokenCreate) => apiSend(authRoutes.createToken, { body }),
    onSuccess: refresh,
  });
}

export function useRevokeToken() {
  const refresh = useRefreshTokens();
  return useMutation({
    mutationFn: (id: string) => apiSend(authRoutes.revokeToken, { params: { id } }),
    onSettled: refresh,
  });
}
