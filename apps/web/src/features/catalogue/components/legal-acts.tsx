import { Anchor, List, Text } from '@mantine/core';
import type { LegalAct } from '@saimnieks/contracts/services';
import { useLocalText } from '../hooks/use-local-text.ts';

/** The laws and regulations the service rests on, each linked to its text where the description gives one. */
export function LegalActs({ acts }: { acts: readonly LegalAct[] }) {
  const local = useLocalText();
  return (
    <List spacing="xs">
      {acts.map((act, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a legal act has no identity beyond its place in the description
        <List.Item key={index}>
          {act.url ? <Anchor href={act.url} {...local(act.title)} /> : <span {...local(act.title)} />}
          {act.article && (
            <Text component="span" c="dimmed">
              {' – '}
              {act.article}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
