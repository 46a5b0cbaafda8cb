import { List, Text } from '@mantine/core';
import type { CatalogueService } from '@saimnieks/contracts/catalogue';
import { useTranslation } from 'react-i18next';
import { useLocalText } from '../hooks/use-local-text.ts';

/** The institution that answers for the service and those that take part in providing it, each with its part. */
export function ServiceProviders({ service }: { service: CatalogueService }) {
  const { t } = useTranslation('catalogue');
  const local = useLocalText();
  const descriptionOf = (organisationId: string) =>
    service.content.providers.find((provider) => provider.organisationId === organisationId)?.description;
  return (
    <List spacing="xs">
      <List.Item>
        <Text fw={600}>{service.holder.name}</Text>
        <Text size="sm" c="dimmed">
          {t('service.providerRoles.holder')}
        </Text>
      </List.Item>
      {service.providers.map(({ organisation, role }) => {
        const description = descriptionOf(organisation.id);
        return (
          <List.Item key={`${organisation.id}-${role}`}>
            <Text fw={600}>{organisation.name}</Text>
            <Text size="sm" c="dimmed">
              {t(`service.providerRoles.${role}`)}
            </Text>
            {description && <Text size="sm" {...local(description)} />}
          </List.Item>
        );
      })}
    </List>
  );
}
