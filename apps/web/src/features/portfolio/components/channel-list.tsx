import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Channel } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/ui/fact.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { describeDuration } from '../lib/duration.ts';
import { localText } from '../lib/local-text.ts';

/** How a service is reached: one card per channel with what applies to its type. */
export function ChannelList({ channels }: { channels: readonly Channel[] }) {
  const { t } = useTranslation('portfolio');
  if (channels.length === 0) return <Text>{t('description.empty')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {channels.map((channel) => (
        <ChannelCard key={channel.id} channel={channel} />
      ))}
    </SimpleGrid>
  );
}

export const channelName = (channel: Channel, language: 'lv' | 'en', typeName: string) =>
  localText(channel.name, language) ?? typeName;

function ChannelCard({ channel }: { channel: Channel }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const type = t(`channelType.${channel.type}`);
  const name = channelName(channel, language, type);
  const openingHours = localText(channel.openingHours, language);
  const access = localText(channel.physicalAccessibility, language);
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {name}
        </Title>
        {name !== type && <Text size="sm">{type}</Text>}
        <Stack component="dl" gap="xs" m={0}>
          {channel.url && (
            <Fact term={t('fields.url')}>
              <Anchor href={channel.url} target="_blank" rel="noopener noreferrer">
                {channel.url}
              </Anchor>
            </Fact>
          )}
          {channel.address && <Fact term={t('fields.address')}>{channel.address}</Fact>}
          {channel.phone && <Fact term={t('fields.phone')}>{channel.phone}</Fact>}
          {channel.email && <Fact term={t('fields.email')}>{channel.email}</Fact>}
          {openingHours && <Fact term={t('fields.openingHours')}>{openingHours}</Fact>}
          {channel.processingTime && (
            <Fact term={t('fields.processingTime')}>
              {describeDuration(channel.processingTime, language) ?? channel.processingTime}
            </Fact>
          )}
          {channel.wcagLevel && <Fact term={t('fields.wcagLevel')}>{t(`wcagLevel.${channel.wcagLevel}`)}</Fact>}
          {access && <Fact term={t('fields.physicalAccessibility')}>{access}</Fact>}
        </Stack>
      </Stack>
    </Card>
  );
}
