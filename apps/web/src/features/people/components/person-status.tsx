import { Badge, Group } from '@mantine/core';
import type { Person } from '@saimnieks/contracts/people';
import { useTranslation } from 'react-i18next';

/** Active, deactivated or still invited; and whether the person is a technical administrator. */
export function PersonStatus({ person }: { person: Person }) {
  const { t } = useTranslation('people');
  return (
    <Group gap={4}>
      {!person.active ? (
        <Badge variant="outline" color="gray.8">
          {t('status.inactive')}
        </Badge>
      ) : person.passwordSet ? (
        <Badge variant="outline" color="teal.9">
          {t('status.active')}
        </Badge>
      ) : (
        <Badge variant="outline" color="orange.9">
          {t('status.invited')}
        </Badge>
      )}
      {person.isAdministrator && (
        <Badge variant="outline" color="blue.8">
          {t('status.administrator')}
        </Badge>
      )}
    </Group>
  );
}
