import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/ui/page-title.tsx';

/** `problem` is the server's title of the problem (in the UI language), when a resource rather than a page is missing. */
export function NotFoundPage({ problem }: { problem?: string }) {
  const { t } = useTranslation();
  return (
    <Stack maw={760}>
      <PageTitle>{t('notFound.title')}</PageTitle>
      {problem && <Text fw={700}>{problem}</Text>}
      <Text>{t('notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
