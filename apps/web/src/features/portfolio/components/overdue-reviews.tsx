import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import type { OverdueReviews as Overdue } from '@saimnieks/contracts/services';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { formatDay } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { portfolioPaths } from '../paths.ts';

type Institutions = z.infer<typeof Overdue>['institutions'];

/** Published services past their review-by date, one table per holder institution. */
export function OverdueReviews({ institutions }: { institutions: Institutions }) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  if (institutions.length === 0) return <Text>{t('reviews.overdueEmpty')}</Text>;
  return (
    <Stack gap="lg">
      {institutions.map(({ holder, services }) => (
        <section key={holder.id} aria-labelledby={`overdue-${holder.id}`}>
          <Title order={3} size="h4" id={`overdue-${holder.id}`} mb="xs">
            {t('reviews.overdueCaption', { holder: holder.name, count: services.length })}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reviews.service')}</Table.Th>
                  <Table.Th scope="col">{t('reviews.reviewBy')}</Table.Th>
                  <Table.Th scope="col">{t('reviews.owners')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {services.map((service) => (
                  <Table.Tr key={service.id}>
                    <Table.Td>
                      <Text span size="sm" ff="monospace" mr="xs">
                        {service.identifier}
                      </Text>
                      <Anchor component={Link} to={portfolioPaths.service(service.id)}>
                        {service.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{service.reviewBy && formatDay(service.reviewBy, language)}</Table.Td>
                    <Table.Td>{service.owners.map((owner) => owner.name).join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ))}
    </Stack>
  );
}
