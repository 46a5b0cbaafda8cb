import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Navigate, useLocation, useRouteError } from 'react-router';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { sessionQuery } from '../../features/session/api/get-session.ts';
import { signInPathFor } from '../../features/session/paths.ts';
import { ApiProblem } from '../../lib/api.ts';
import { NotFoundPage } from './not-found.tsx';

/**
 * What a page shows when its data could not be loaded: a missing resource is a not-found page, an ended session
 * goes to sign in (and back), a refusal says so.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error instanceof ApiProblem && error.status === 404) return <NotFoundPage problem={error.problem.title} />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (error instanceof ApiProblem && error.status === 401) return <SessionEnded />;
  if (error instanceof ApiProblem && error.status === 403) return <ForbiddenPage />;

  const problem = error instanceof ApiProblem ? error.problem : undefined;
  return (
    <Stack maw={760}>
      <PageTitle>{t('error.title')}</PageTitle>
      <Alert color="red" variant="light" title={problem?.title ?? (error instanceof Error ? error.message : undefined)}>
        {problem?.detail && <Text size="sm">{problem.detail}</Text>}
      </Alert>
      <div>
        <Button onClick={() => window.location.reload()}>{t('error.retry')}</Button>
      </div>
    </Stack>
  );
}

function SessionEnded() {
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  useEffect(() => {
    queryClient.setQueryData(sessionQuery.queryKey, null);
  }, [queryClient]);
  return <Navigate to={signInPathFor(pathname + search)} replace />;
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={760}>
      <PageTitle>{t('forbidden.title')}</PageTitle>
      <Text>{t('forbidden.text')}</Text>
    </Stack>
  );
}
