import { Paper, Text } from '@mantine/core';
import { LiveRegion } from './live-region.tsx';

/** A short message that a change succeeded, said by screen readers when it appears. */
export function DoneMessage({ children }: { children?: string | undefined }) {
  return (
    <LiveRegion>
      {children && (
        <Paper withBorder p="sm" bg="teal.0" style={{ borderColor: 'var(--mantine-color-teal-7)' }}>
          <Text c="teal.9" fw={500}>
            {children}
          </Text>
        </Paper>
      )}
    </LiveRegion>
  );
}
