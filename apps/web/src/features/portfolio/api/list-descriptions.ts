import { serviceRoutes } from '@saimnieks/contracts/services';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

export const descriptionsQuery = (id: string) =>
  queryOptions({
    queryKey: ['services', 'detail', id, 'descriptions'],
    queryFn: ({ signal }) => apiGet(serviceRoutes.descriptions, { params: { id }, signal }),
  });

/** Every version of a service's description, newest first. */
export const useDescriptions = (id: string) => useSuspenseQuery(descriptionsQuery(id)).data.items;
