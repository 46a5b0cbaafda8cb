import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import type { Role, ServiceManagementModel } from '@saimnieks/contracts/model';

/** Each scale, from the state down to a resource, with the roles that act at it. */
export function RolesByScale({ roles, scales }: { roles: readonly Role[]; scales: ServiceManagementModel['scales'] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {scales.map((scale) => (
        <Card key={scale.code} component="section" withBorder aria-labelledby={`scale-${scale.code}`}>
          <Title order={2} size="h4" id={`scale-${scale.code}`} mb="xs">
            {scale.name}
          </Title>
          <List spacing="xs" listStyleType="none" p={0}>
            {roles
              .filter((role) => role.scale === scale.code)
              .map((role) => (
                <List.Item key={role.code}>
                  <Text span fw={700}>
                    {role.code}
                  </Text>{' '}
                  {role.name}
                </List.Item>
              ))}
          </List>
        </Card>
      ))}
    </SimpleGrid>
  );
}
