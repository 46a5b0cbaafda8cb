import { Table, Text } from '@mantine/core';
import type { Channel, Cost } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import { localText } from '../lib/local-text.ts';
import { channelName } from './channel-list.tsx';

const LOCALES = { lv: 'lv-LV', en: 'en-GB' } as const;

/** What a service costs, per kind, with the channels a cost applies to and its legal basis. */
export function CostTable({ costs, channels }: { costs: readonly Cost[]; channels: readonly Channel[] }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  if (costs.length === 0) return <Text>{t('description.empty')}</Text>;
  const euro = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' });
  const channelsOf = (cost: Cost) =>
    cost.channelIds.length === 0
      ? t('description.appliesToAll')
      : cost.channelIds
          .flatMap((id) => channels.filter((channel) => channel.id === id))
          .map((channel) => channelName(channel, language, t(`channelType.${channel.type}`)))
          .join(', ');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t('fields.costs')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('fields.amount')}</Table.Th>
            <Table.Th scope="col">{t('editor.descriptionLabel')}</Table.Th>
            <Table.Th scope="col">{t('fields.channelIds')}</Table.Th>
            <Table.Th scope="col">{t('fields.legalBasis')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {costs.map((cost, index) => (
            // A cost has no identity of its own; its place in the list is what the description gives it.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={index}>
              <Table.Td>{t(`costKind.${cost.kind}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{euro.format(cost.amount)}</Table.Td>
              <Table.Td>{localText(cost.description, language)}</Table.Td>
              <Table.Td>{channelsOf(cost)}</Table.Td>
              <Table.Td>{localText(cost.legalBasis, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
