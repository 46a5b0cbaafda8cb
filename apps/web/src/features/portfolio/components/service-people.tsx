import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Service } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface ServicePeopleProps {
  service: Service;
  /** Where a person's page is, on which their roles are assigned and revoked. */
  personPath: (id: string) => string;
  peoplePath: string;
}

/** Who answers for the service: its owners (R05) and the holder's portfolio owners (R04), held today. */
export function ServicePeople({ service, personPath, peoplePath }: ServicePeopleProps) {
  const { t } = useTranslation('portfolio');
  const group = (title: string, lead: string, people: Service['owners'], id: string) => (
    <section aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {lead}
      </Text>
      {people.length === 0 ? (
        <Text>{t('people.nobody')}</Text>
      ) : (
        <List>
          {people.map((person) => (
            <List.Item key={person.id}>
              <Anchor component={Link} to={personPath(person.id)}>
                {person.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {group(t('people.owners'), t('people.ownersLead'), service.owners, 'service-owners')}
        {group(
          t('people.portfolioOwners'),
          t('people.portfolioOwnersLead'),
          service.portfolioOwners,
          'portfolio-owners',
        )}
      </SimpleGrid>
      <Text size="sm">
        {t('people.change')}{' '}
        <Anchor component={Link} to={peoplePath}>
          {t('people.openPeople')}
        </Anchor>
      </Text>
    </Stack>
  );
}
