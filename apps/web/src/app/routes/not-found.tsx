import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/ui/page-title.tsx';

/** `detail` is the server's own title of the problem, when a resource rather than a page is missing. */
export function NotFoundPage({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  return (
    <Stack maw={760}>
      <PageTitle>{t('notFound.title')}</PageTitle>
      {detail && <Text fw={700}>{detail}</Text>}
      <Text>{t('notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
