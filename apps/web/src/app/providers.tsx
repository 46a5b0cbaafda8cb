import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { sessionQuery } from '../features/session/api/get-session.ts';
import { ApiProblem } from '../lib/api.ts';
import { cssVariablesResolver, theme } from './theme.ts';

/**
 * A 401 from any request means the session ended (idle, absolute limit, revoked elsewhere): the session becomes
 * nobody, and the pages that need one send the user to sign in and back.
 */
const forgetEndedSession = (error: Error) => {
  if (error instanceof ApiProblem && error.status === 401) queryClient.setQueryData(sessionQuery.queryKey, null);
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetEndedSession }),
  mutationCache: new MutationCache({ onError: forgetEndedSession }),
  defaultOptions: {
    queries: {
      // The model changes only when it is edited; a minute of staleness costs nothing.
      staleTime: 60_000,
      // A client error (a task that does not exist) will not go away by asking again.
      retry: (failureCount, error) => !(error instanceof ApiProblem && error.status < 500) && failureCount < 2,
    },
  },
});

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
