import { serviceRoutes } from '@saimnieks/contracts/services';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

export const descriptionQuery = (id: string, number: number) =>
  queryOptions({
    queryKey: ['services', 'detail', id, 'descriptions', number],
    queryFn: ({ signal }) => apiGet(serviceRoutes.description, { params: { id, number: String(number) }, signal }),
  });

/** One version of a description with its content. */
export const useDescription = (id: string, number: number) => useSuspenseQuery(descriptionQuery(id, number)).data;
