import { Anchor, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServiceNeeds } from '../api/get-service-needs.ts';
import { recipientPaths } from '../paths.ts';

/** For a service page: the needs of recipient groups this service meets, most important first within each group. */
export function ServiceNeeds({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation('recipients');
  const items = useServiceNeeds(serviceId);
  return (
    <section aria-labelledby="service-needs-title">
      <Title order={2} size="h3" id="service-needs-title" mb="sm">
        {t('serviceNeeds.title')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('serviceNeeds.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('serviceNeeds.group')}</Table.Th>
                <Table.Th scope="col">{t('serviceNeeds.need')}</Table.Th>
                <Table.Th scope="col">{t('serviceNeeds.importance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map(({ need, group }) => (
                <Table.Tr key={need.id}>
                  <Table.Td>
                    <Anchor component={Link} to={recipientPaths.ofOrganisation(group.organisation.id)}>
                      {group.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {group.organisation.name}
                      {group.archived && ` · ${t('group.archived')}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>{need.text}</Table.Td>
                  <Table.Td>{t(`importance.${need.importance}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
