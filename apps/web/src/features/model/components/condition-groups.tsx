import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import type { ConditionGroup } from '@saimnieks/contracts/model';

/** The condition groups N1–N10, each with its sub-conditions. */
export function ConditionGroups({ groups }: { groups: readonly ConditionGroup[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {groups.map((group) => (
        <Card key={group.code} component="section" withBorder aria-labelledby={`condition-${group.code}`}>
          <Title order={2} size="h4" id={`condition-${group.code}`} mb="xs">
            {group.code} · {group.name}
          </Title>
          <List spacing="xs" listStyleType="none" p={0}>
            {group.items.map((condition) => (
              <List.Item key={condition.code}>
                <Text span fw={700}>
                  {condition.code}
                </Text>{' '}
                {condition.name}
              </List.Item>
            ))}
          </List>
        </Card>
      ))}
    </SimpleGrid>
  );
}
