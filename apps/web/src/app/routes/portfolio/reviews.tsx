import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DoneMessage } from '../../../components/ui/done-message.tsx';
import { PageTitle } from '../../../components/ui/page-title.tsx';
import { useOverdueReviews } from '../../../features/portfolio/api/get-overdue-reviews.ts';
import { useReviewQueue } from '../../../features/portfolio/api/get-review-queue.ts';
import { OverdueReviews } from '../../../features/portfolio/components/overdue-reviews.tsx';
import { ReviewQueue } from '../../../features/portfolio/components/review-queue.tsx';

/** `/portfolio/reviews`: the descriptions waiting for the person's decision, and the overdue reviews. */
export function ReviewsPage() {
  const { t } = useTranslation('portfolio');
  const queue = useReviewQueue();
  const overdue = useOverdueReviews();
  const [message, setMessage] = useState<string>();
  return (
    <Stack gap="xl" maw={1200}>
      <div>
        <PageTitle>{t('reviews.title')}</PageTitle>
        <Text maw={900}>{t('reviews.lead')}</Text>
      </div>
      <DoneMessage>{message}</DoneMessage>
      <section aria-labelledby="review-queue">
        <Title order={2} id="review-queue" mb="sm">
          {t('reviews.queue')}
        </Title>
        <ReviewQueue items={queue} onReviewed={setMessage} />
      </section>
      <section aria-labelledby="overdue-reviews">
        <Title order={2} id="overdue-reviews" mb="sm">
          {t('reviews.overdue')}
        </Title>
        <OverdueReviews institutions={overdue} />
      </section>
    </Stack>
  );
}
