import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title.tsx';
import type { ModuleKey } from '../modules.ts';

/** The page of a module that is not built yet: says so, and what the module will hold. */
export function ModuleComingSoonPage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  return (
    <Stack maw={760}>
      <PageTitle>{t(`modules.${module}.name`)}</PageTitle>
      <Alert variant="light" color="blue" title={t('comingSoon.status')}>
        <Text fw={700} size="sm">
          {t('comingSoon.willHold')}
        </Text>
        <Text size="sm">{t(`modules.${module}.summary`)}</Text>
      </Alert>
    </Stack>
  );
}
