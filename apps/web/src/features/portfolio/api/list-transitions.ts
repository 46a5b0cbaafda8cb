import { serviceRoutes } from '@saimnieks/contracts/services';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

export const transitionsQuery = (id: string) =>
  queryOptions({
    queryKey: ['services', 'detail', id, 'transitions'],
    queryFn: ({ signal }) => apiGet(serviceRoutes.transitions, { params: { id }, signal }),
  });

/** The lifecycle history of a service, oldest first. */
export const useTransitions = (id: string) => useSuspenseQuery(transitionsQuery(id)).data.items;
