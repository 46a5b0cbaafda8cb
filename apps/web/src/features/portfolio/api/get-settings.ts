import { serviceRoutes } from '@saimnieks/contracts/services';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

export const portfolioSettingsQuery = queryOptions({
  queryKey: ['services', 'settings'],
  queryFn: ({ signal }) => apiGet(serviceRoutes.settings, { signal }),
});

/** The portfolio's rules: gates per stage, the approver, the review interval and the management degrees. */
export const usePortfolioSettings = () => useSuspenseQuery(portfolioSettingsQuery).data;
