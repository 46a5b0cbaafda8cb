import { auditRoutes } from '@saimnieks/contracts/audit';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api.ts';

/** What the API filters on; times are ISO instants. */
export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  /** Start below this event id instead of at the newest. */
  before?: number;
}

const PAGE_SIZE = 50;

export const auditEventsQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'events', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet(auditRoutes.list, { query: { ...filter, before: pageParam, limit: PAGE_SIZE }, signal }),
    initialPageParam: filter.before,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
    // An audit trail only grows; what was read stays true.
    staleTime: 30_000,
  });

/** Audit events, newest first, a page at a time ("load older" asks for the next). */
export const useAuditEvents = (filter: AuditFilter) => useInfiniteQuery(auditEventsQuery(filter));
