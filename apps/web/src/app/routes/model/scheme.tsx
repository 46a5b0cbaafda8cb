import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useModel } from '../../../features/model/api/get-model.ts';
import { ModelScheme } from '../../../features/model/components/model-scheme.tsx';

export function SchemePage() {
  const { t } = useTranslation('model');
  const model = useModel();
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('scheme.title')}</PageTitle>
        <Text maw={900}>{t('scheme.lead')}</Text>
      </div>
      <ModelScheme model={model} />
    </Stack>
  );
}
