import type { Language } from '@saimnieks/contracts/language';
import { serviceRoutes } from '@saimnieks/contracts/services';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const reviewQueueQuery = (lang: Language) =>
  queryOptions({
    queryKey: ['services', 'reviews', 'queue', lang],
    queryFn: ({ signal }) => apiGet(serviceRoutes.reviewQueue, { query: { lang }, signal }),
  });

/** The submitted descriptions the signed-in person may approve. */
export const useReviewQueue = () => useSuspenseQuery(reviewQueueQuery(useDataLanguage())).data.items;
