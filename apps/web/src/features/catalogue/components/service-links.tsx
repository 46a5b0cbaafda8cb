import { Anchor, List, Text } from '@mantine/core';
import type { CatalogueService } from '@saimnieks/contracts/catalogue';
import { Link } from 'react-router';
import { cataloguePaths } from '../paths.ts';

/** Other published services, by title, with their codes. */
export function ServiceLinks({ services }: { services: CatalogueService['relatedServices'] }) {
  return (
    <List spacing="xs">
      {services.map((service) => (
        <List.Item key={service.id}>
          <Anchor component={Link} to={cataloguePaths.service(service.id)}>
            {service.title}
          </Anchor>{' '}
          <Text component="span" size="sm" c="dimmed">
            ({service.identifier})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
