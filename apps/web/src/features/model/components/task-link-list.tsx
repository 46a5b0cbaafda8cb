import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import type { TaskLink } from '@saimnieks/contracts/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modelPaths } from '../paths.ts';

/** The links of a task as text: what the graph draws, readable without it. */
export function TaskLinkList({ links, empty }: { links: readonly TaskLink[]; empty: string }) {
  const { t } = useTranslation('model');
  if (links.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <List spacing="xs" listStyleType="none" p={0}>
      {links.map((link) => (
        <List.Item key={link.code}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Anchor component={Link} to={modelPaths.task(link.code)}>
              <strong>{link.code}</strong> {link.name}
            </Anchor>
            <Badge variant="outline" color="gray" style={{ flexShrink: 0 }}>
              {t(`dependencies.${link.basis}Short`)}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
