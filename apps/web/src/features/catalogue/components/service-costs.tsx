import { Paper, Stack, Text } from '@mantine/core';
import type { Channel, Cost } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/ui/fact.tsx';
import { useDataLanguage } from '../../../lib/i18n.ts';
import { useLocalText } from '../hooks/use-local-text.ts';
import { formatEuro } from '../lib/money.ts';

/** What the service costs: free, a fee or a state duty, in euro, per channel where it differs, and on what basis. */
export function ServiceCosts({ costs, channels }: { costs: readonly Cost[]; channels: readonly Channel[] }) {
  const { t } = useTranslation('catalogue');
  const language = useDataLanguage();
  const local = useLocalText();
  const channelName = (id: string) => {
    const channel = channels.find((candidate) => candidate.id === id);
    if (!channel) return undefined;
    return channel.name ? local(channel.name).children : t(`channelTypes.${channel.type}`);
  };
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {costs.map((cost, index) => {
        const appliesTo = cost.channelIds.flatMap((id) => channelName(id) ?? []);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a cost has no identity beyond its place in the description
          <Paper component="li" key={index} withBorder p="md" radius="md">
            <Text fw={700} size="lg">
              {cost.kind === 'free'
                ? t('service.costKinds.free')
                : `${t(`service.costKinds.${cost.kind}`)}: ${formatEuro(cost.amount, language)}`}
            </Text>
            {cost.description && <Text {...local(cost.description)} />}
            {(appliesTo.length > 0 || cost.legalBasis) && (
              <Stack component="dl" gap="xs" mt="xs" mb={0}>
                {appliesTo.length > 0 && <Fact term={t('service.appliesTo')}>{appliesTo.join(', ')}</Fact>}
                {cost.legalBasis && (
                  <Fact term={t('service.costBasis')}>
                    <span {...local(cost.legalBasis)} />
                  </Fact>
                )}
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
