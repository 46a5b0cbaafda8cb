import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import type { Channel } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/ui/fact.tsx';
import { useDataLanguage } from '../../../lib/i18n.ts';
import { useLocalText } from '../hooks/use-local-text.ts';
import { formatDuration } from '../lib/duration.ts';

/** How to get the service: each channel with where to go or call, when, how long it takes and how accessible it is. */
export function ServiceChannels({ channels }: { channels: readonly Channel[] }) {
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, md: 2 }}
      spacing="md"
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {channels.map((channel) => (
        <Paper component="li" key={channel.id} withBorder p="md" radius="md">
          <ChannelCard channel={channel} />
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ChannelCard({ channel }: { channel: Channel }) {
  const { t } = useTranslation('catalogue');
  const language = useDataLanguage();
  const local = useLocalText();
  const type = t(`channelTypes.${channel.type}`);
  const processingTime = channel.processingTime ? formatDuration(channel.processingTime, language) : undefined;
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Title order={3} size="h4">
          {channel.name ? <span {...local(channel.name)} /> : type}
        </Title>
        {channel.name && (
          <Badge variant="light" color="blue" radius="sm" tt="none" fw={600} style={{ flexShrink: 0 }}>
            {type}
          </Badge>
        )}
      </Group>
      <Stack component="dl" gap="xs" m={0}>
        {channel.url && (
          <Fact term={t('service.channel.url')}>
            <Anchor href={channel.url} style={{ overflowWrap: 'anywhere' }}>
              {channel.url.replace(/^https?:\/\//, '')}
            </Anchor>
          </Fact>
        )}
        {channel.address && <Fact term={t('service.channel.address')}>{channel.address}</Fact>}
        {channel.phone && (
          <Fact term={t('service.channel.phone')}>
            <Anchor href={`tel:${channel.phone.replace(/[^\d+]/g, '')}`}>{channel.phone}</Anchor>
          </Fact>
        )}
        {channel.email && (
          <Fact term={t('service.channel.email')}>
            <Anchor href={`mailto:${channel.email}`}>{channel.email}</Anchor>
          </Fact>
        )}
        {channel.openingHours && (
          <Fact term={t('service.channel.openingHours')}>
            <span {...local(channel.openingHours)} style={{ whiteSpace: 'pre-line' }} />
          </Fact>
        )}
        {processingTime && <Fact term={t('service.channel.processingTime')}>{processingTime}</Fact>}
        {channel.wcagLevel && (
          <Fact term={t('service.channel.accessibility')}>{t(`service.wcag.${channel.wcagLevel}`)}</Fact>
        )}
        {channel.physicalAccessibility && (
          <Fact term={t('service.channel.physicalAccessibility')}>
            <span {...local(channel.physicalAccessibility)} />
          </Fact>
        )}
      </Stack>
    </Stack>
  );
}
