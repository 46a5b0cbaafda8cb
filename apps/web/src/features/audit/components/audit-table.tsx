import { Anchor, Code, List, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@saimnieks/contracts/audit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { changeValueText } from '../lib/change-text.ts';
import { auditPaths } from '../paths.ts';

/** Audit events as rows, newest first; an entity links to all of its events. */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation('audit');
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{t('table.caption', { count: events.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.id')}</Table.Th>
            <Table.Th scope="col">{t('table.time')}</Table.Th>
            <Table.Th scope="col">{t('table.actor')}</Table.Th>
            <Table.Th scope="col">{t('table.action')}</Table.Th>
            <Table.Th scope="col">{t('table.entity')}</Table.Th>
            <Table.Th scope="col">{t('table.changes')}</Table.Th>
            <Table.Th scope="col">{t('table.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const changes = Object.entries(event.changes);
            const entityFilter = new URLSearchParams({ entityType: event.entityType, entityId: event.entityId });
            return (
              <Table.Tr key={event.id}>
                <Table.Th scope="row" fw={400}>
                  {event.id}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatInstant(event.occurredAt, language, { seconds: true })}
                </Table.Td>
                <Table.Td>
                  {event.actor.label}
                  <Text size="xs" c="dimmed">
                    {t(`actorKinds.${event.actor.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code>{event.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`${auditPaths.log}?${entityFilter}`}
                    size="sm"
                    title={t('table.showEntity', { type: event.entityType, id: event.entityId })}
                  >
                    {event.entityType}{' '}
                    <Text span size="xs" display="block" style={{ wordBreak: 'break-all' }}>
                      {event.entityId}
                    </Text>
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {changes.length > 0 && (
                    <List size="xs" spacing={2} listStyleType="none" p={0}>
                      {changes.map(([field, { before, after }]) => (
                        <List.Item key={field} style={{ wordBreak: 'break-word' }}>
                          <Text span fw={700} size="xs">
                            {field}
                          </Text>
                          : {changeValueText(before)} → {changeValueText(after)}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{event.address}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
