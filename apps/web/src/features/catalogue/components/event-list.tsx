import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface EventEntry {
  code: string;
  label: string;
  /** Where its services are listed. */
  path: string;
  /** How many services it has: undefined until known. */
  count: number | undefined;
}

/** Life or business events as links to their services, each with how many there are once that is known. */
export function EventList({ events }: { events: readonly EventEntry[] }) {
  const { t } = useTranslation('catalogue');
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="sm"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {events.map((event) => (
        <Paper component="li" key={event.code} withBorder p="md" radius="md">
          <Anchor component={Link} to={event.path} fw={700} display="block">
            {event.label}
          </Anchor>
          {/* The line is there before the count arrives, so that the grid does not jump when it does. */}
          <Text size="sm" c="dimmed" mt={4} mih="1.4em">
            {event.count === undefined
              ? null
              : event.count === 0
                ? t('lifeEvents.none')
                : t('lifeEvents.count', { count: event.count })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
