import { Badge, Group } from '@mantine/core';
import type { ChannelType } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';

/** The ways a service can be got, as a list of badges a screen reader announces as a list. */
export function ChannelBadges({ types }: { types: readonly ChannelType[] }) {
  const { t } = useTranslation('catalogue');
  if (types.length === 0) return null;
  return (
    <Group
      component="ul"
      gap={6}
      aria-label={t('results.channels')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {types.map((type) => (
        <li key={type}>
          <Badge variant="light" color="blue" radius="sm" tt="none" fw={600}>
            {t(`channelTypes.${type}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
