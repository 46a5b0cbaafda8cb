import type { Language } from '@saimnieks/contracts/language';
import { serviceRoutes } from '@saimnieks/contracts/services';
import { keepPreviousData, queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';
import { useDataLanguage } from '../../../lib/i18n.ts';
import type { PortfolioFilter } from '../lib/portfolio-filter.ts';

export interface ServicePage {
  limit: number;
  offset: number;
}

export const servicesQuery = (filter: PortfolioFilter, page: ServicePage, lang: Language) =>
  queryOptions({
    queryKey: ['services', 'list', filter, page, lang],
    queryFn: ({ signal }) => apiGet(serviceRoutes.list, { query: { ...filter, ...page, lang }, signal }),
  });

/** A page of the portfolio; the previous one stays on screen while the next loads. */
export const useServices = (filter: PortfolioFilter, page: ServicePage) =>
  useQuery({ ...servicesQuery(filter, page, useDataLanguage()), placeholderData: keepPreviousData });

/** Every service the person may see (at most 500), by identifier, for choosing related services. */
export function useServiceChoices() {
  const { items } = useSuspenseQuery(servicesQuery({}, { limit: 500, offset: 0 }, useDataLanguage())).data;
  return [...items].sort((a, b) => a.identifier.localeCompare(b.identifier));
}
