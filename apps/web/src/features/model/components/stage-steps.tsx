import { Group, ThemeIcon } from '@mantine/core';
import type { Stage } from '@saimnieks/contracts/model';

/** Stages of one cycle as numbered steps in their order. */
export function StageSteps({ stages }: { stages: readonly Stage[] }) {
  return (
    <Group component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} align="stretch">
      {[...stages]
        .sort((a, b) => a.position - b.position)
        .map((stage) => (
          <Group
            component="li"
            key={stage.code}
            gap="sm"
            wrap="nowrap"
            p="sm"
            style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-md)' }}
          >
            <ThemeIcon radius="xl" size="lg" aria-hidden>
              {stage.position}
            </ThemeIcon>
            <span>{stage.name}</span>
          </Group>
        ))}
    </Group>
  );
}
