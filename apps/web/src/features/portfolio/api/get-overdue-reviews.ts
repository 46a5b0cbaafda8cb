import type { Language } from '@saimnieks/contracts/language';
import { serviceRoutes } from '@saimnieks/contracts/services';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';

export const overdueReviewsQuery = (lang: Language) =>
  queryOptions({
    queryKey: ['services', 'reviews', 'overdue', lang],
    queryFn: ({ signal }) => apiGet(serviceRoutes.overdueReviews, { query: { lang }, signal }),
  });

/** Published services past their review-by date, per holder institution. */
export const useOverdueReviews = () => useSuspenseQuery(overdueReviewsQuery(useDataLanguage())).data.institutions;
