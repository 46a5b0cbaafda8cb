import { serviceRoutes } from '@saimnieks/contracts/services';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

export const descriptionDiffQuery = (id: string, number: number, against: number) =>
  queryOptions({
    queryKey: ['services', 'detail', id, 'diff', number, against],
    queryFn: ({ signal }) =>
      apiGet(serviceRoutes.diff, { params: { id, number: String(number) }, query: { against }, signal }),
  });

/** What changed from one version to another, once both are chosen. */
export const useDescriptionDiff = (id: string, versions: { from: number; to: number } | undefined) =>
  useQuery({
    ...descriptionDiffQuery(id, versions?.to ?? 0, versions?.from ?? 0),
    enabled: versions !== undefined,
  });
