import { Anchor, Paper, SimpleGrid, Stack } from '@mantine/core';
import type { ContactPoint } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Fact } from '../../../components/ui/fact.tsx';
import { useLocalText } from '../hooks/use-local-text.ts';

/** Where to ask about the service. */
export function ContactPoints({ points }: { points: readonly z.infer<typeof ContactPoint>[] }) {
  const { t } = useTranslation('catalogue');
  const local = useLocalText();
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, sm: 2 }}
      spacing="md"
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {points.map((point, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a contact point has no identity beyond its place in the description
        <Paper component="li" key={index} withBorder p="md" radius="md">
          <Stack component="dl" gap="xs" m={0}>
            {point.phone && (
              <Fact term={t('service.channel.phone')}>
                <Anchor href={`tel:${point.phone.replace(/[^\d+]/g, '')}`}>{point.phone}</Anchor>
              </Fact>
            )}
            {point.email && (
              <Fact term={t('service.channel.email')}>
                <Anchor href={`mailto:${point.email}`}>{point.email}</Anchor>
              </Fact>
            )}
            {point.url && (
              <Fact term={t('service.website')}>
                <Anchor href={point.url} style={{ overflowWrap: 'anywhere' }}>
                  {point.url.replace(/^https?:\/\//, '')}
                </Anchor>
              </Fact>
            )}
            {point.openingHours && (
              <Fact term={t('service.channel.openingHours')}>
                <span {...local(point.openingHours)} style={{ whiteSpace: 'pre-line' }} />
              </Fact>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
