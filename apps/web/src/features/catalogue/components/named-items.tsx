import { List, Text } from '@mantine/core';
import { useLocalText } from '../hooks/use-local-text.ts';
import type { LocalText } from '../lib/local-text.ts';

/** Documents to bring, what one gets, requirements, rules: each a name and perhaps a sentence about it. */
export function NamedItems({ items }: { items: readonly { name: LocalText; description: LocalText | null }[] }) {
  const local = useLocalText();
  return (
    <List spacing="xs">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an item has no identity beyond its place in the description
        <List.Item key={index}>
          <Text fw={600} {...local(item.name)} />
          {item.description && <Text size="sm" {...local(item.description)} />}
        </List.Item>
      ))}
    </List>
  );
}
