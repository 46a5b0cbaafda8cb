import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useModel } from '../../../features/model/api/get-model.ts';
import { useRoles } from '../../../features/model/api/list-roles.ts';
import { RolesByScale } from '../../../features/model/components/roles-by-scale.tsx';

export function RolesPage() {
  const { t } = useTranslation('model');
  const { items: roles } = useRoles();
  const { scales } = useModel();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <PageTitle>{t('roles.title')}</PageTitle>
        <Text>{t('roles.lead')}</Text>
      </div>
      <RolesByScale roles={roles} scales={scales} />
    </Stack>
  );
}
