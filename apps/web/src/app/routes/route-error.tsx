import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { ApiProblem } from '../../lib/api.ts';
import { NotFoundPage } from './not-found.tsx';

/** What a page shows when its data could not be loaded; a missing resource is a not-found page. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error instanceof ApiProblem && error.status === 404) return <NotFoundPage problem={error.problem.title} />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

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
