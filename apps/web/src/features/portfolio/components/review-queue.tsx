import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import type { ReviewQueueItem } from '@saimnieks/contracts/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { formatInstant } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { portfolioPaths } from '../paths.ts';
import { type Decision, ReviewDialog, type ReviewTarget } from './review-dialog.tsx';

type QueueItem = z.infer<typeof ReviewQueueItem>;

interface ReviewQueueProps {
  items: readonly QueueItem[];
  onReviewed: (message: string) => void;
}

/** The submitted descriptions the signed-in person may approve, with what changed and the decision at hand. */
export function ReviewQueue({ items, onReviewed }: ReviewQueueProps) {
  const { t } = useTranslation('portfolio');
  const language = useLanguage();
  const [reviewing, setReviewing] = useState<{ target: ReviewTarget; decision: Decision }>();

  return (
    <>
      {items.length === 0 ? (
        <Text>{t('reviews.queueEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>{t('reviews.queueCaption', { count: items.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reviews.service')}</Table.Th>
                <Table.Th scope="col">{t('reviews.version')}</Table.Th>
                <Table.Th scope="col">{t('reviews.submitted')}</Table.Th>
                <Table.Th scope="col">{t('reviews.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map(({ service, description }) => {
                const target = {
                  serviceId: service.id,
                  identifier: service.identifier,
                  number: description.number,
                  version: description.version,
                };
                const against = service.publishedVersion ?? description.number - 1;
                const names = { identifier: service.identifier, number: description.number };
                return (
                  <Table.Tr key={`${service.id}-${description.number}`}>
                    <Table.Td>
                      <Text size="sm" c="dimmed" ff="monospace">
                        {service.identifier}
                      </Text>
                      <Anchor component={Link} to={portfolioPaths.service(service.id)}>
                        {service.title}
                      </Anchor>
                      <Text size="sm">{service.holder.name}</Text>
                    </Table.Td>
                    <Table.Td>{description.number}</Table.Td>
                    <Table.Td>
                      {description.submittedBy?.name}
                      {description.submittedAt && (
                        <Text size="sm">{formatInstant(description.submittedAt, language)}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Button
                          size="compact-sm"
                          onClick={() => setReviewing({ target, decision: 'approve' })}
                          aria-label={t('reviews.approveOf', names)}
                        >
                          {t('review.approve')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setReviewing({ target, decision: 'return' })}
                          aria-label={t('reviews.returnOf', names)}
                        >
                          {t('review.return')}
                        </Button>
                        {against >= 1 && (
                          <Anchor
                            component={Link}
                            to={portfolioPaths.comparison(service.id, against, description.number)}
                            size="sm"
                            aria-label={t('reviews.showChangesOf', names)}
                          >
                            {t('reviews.showChanges')}
                          </Anchor>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {/* Outside the table, which empties when the last decision is made: the dialog must see its answer. */}
      <ReviewDialog
        target={reviewing?.target}
        initialDecision={reviewing?.decision ?? 'approve'}
        onClose={() => setReviewing(undefined)}
        onReviewed={(decision, number) => {
          const identifier = reviewing?.target.identifier ?? '';
          setReviewing(undefined);
          onReviewed(
            `${identifier}: ${t(decision === 'approve' ? 'working.approvedDone' : 'working.returnedDone', { number })}`,
          );
        }}
      />
    </>
  );
}
