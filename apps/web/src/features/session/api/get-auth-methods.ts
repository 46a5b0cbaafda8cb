import { type AuthMethods, authRoutes } from '@saimnieks/contracts/auth';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiProblem, apiGet } from '../../../lib/api.ts';

/** A server without the endpoint offers passwords only. */
const passwordOnly: AuthMethods = { password: true, oidc: false };

export const authMethodsQuery = queryOptions({
  queryKey: ['session', 'methods'],
  queryFn: async ({ signal }) => {
    try {
      return await apiGet(authRoutes.methods, { signal });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return passwordOnly;
      throw error;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
});

/** The ways to sign in; while unknown (or unknowable), passwords only, so the form never waits for it. */
export const useAuthMethods = (): AuthMethods => useQuery(authMethodsQuery).data ?? passwordOnly;
