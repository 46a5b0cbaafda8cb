import { Anchor, Group, Pagination, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ServiceList } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { portfolioPaths } from '../paths.ts';
import { OverdueBadge, StageBadge } from './service-badges.tsx';

interface PortfolioTableProps {
  services: ServiceList;
  /** A newer page is on its way; the one shown is kept meanwhile. */
  updating: boolean;
  onPage: (offset: number) => void;
}

export function PortfolioTable({ services, updating, onPage }: PortfolioTableProps) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const pages = Math.max(1, Math.ceil(services.total / services.limit));
  const page = Math.floor(services.offset / services.limit) + 1;
  return (
    <div aria-busy={updating}>
      <Table.ScrollContainer minWidth={1000}>
        <Table striped highlightOnHover style={{ opacity: updating ? 0.6 : 1 }}>
          <Table.Caption>
            {t('table.caption', { total: services.total })}
            {updating && <VisuallyHidden>{t('table.loading')}</VisuallyHidden>}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.identifier')}</Table.Th>
              <Table.Th scope="col">{t('table.title')}</Table.Th>
              <Table.Th scope="col">{t('table.holder')}</Table.Th>
              <Table.Th scope="col">{t('table.kind')}</Table.Th>
              <Table.Th scope="col">{t('table.stage')}</Table.Th>
              <Table.Th scope="col">{t('table.priority')}</Table.Th>
              <Table.Th scope="col">{t('table.owners')}</Table.Th>
              <Table.Th scope="col">{t('table.publishedVersion')}</Table.Th>
              <Table.Th scope="col">{t('table.reviewBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {services.items.map((service) => (
              <Table.Tr key={service.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {service.identifier}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={portfolioPaths.service(service.id)}>
                    {service.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{service.holder.name}</Table.Td>
                <Table.Td>{t(`kind.${service.kind}`)}</Table.Td>
                <Table.Td>
                  <StageBadge stage={service.stage} />
                </Table.Td>
                <Table.Td>{t(`priority.${service.priority}`)}</Table.Td>
                <Table.Td>{service.owners.map((owner) => owner.name).join(', ')}</Table.Td>
                <Table.Td>{service.publishedVersion ?? t('table.notPublished')}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {service.reviewBy && (
                      <Text span size="sm">
                        {formatDay(service.reviewBy, language)}
                      </Text>
                    )}
                    {service.reviewOverdue && <OverdueBadge />}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {services.items.length === 0 && <Text my="md">{t('table.none')}</Text>}
      {pages > 1 && (
        <Group component="nav" aria-label={t('table.pages')} justify="center" mt="md">
          <Pagination
            total={pages}
            value={page}
            onChange={(next) => onPage((next - 1) * services.limit)}
            getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
            getItemProps={(item) => ({ 'aria-label': t('table.page', { page: item }) })}
          />
        </Group>
      )}
    </div>
  );
}
