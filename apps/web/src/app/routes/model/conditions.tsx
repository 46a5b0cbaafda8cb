import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useConditions } from '../../../features/model/api/list-conditions.ts';
import { ConditionGroups } from '../../../features/model/components/condition-groups.tsx';

export function ConditionsPage() {
  const { t } = useTranslation('model');
  const { items: groups } = useConditions();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <PageTitle>{t('conditions.title')}</PageTitle>
        <Text>{t('conditions.lead')}</Text>
      </div>
      <ConditionGroups groups={groups} />
    </Stack>
  );
}
