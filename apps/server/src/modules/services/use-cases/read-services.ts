import type { Language } from '@saimnieks/contracts/language';
import type { ServiceQuery } from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import { type Clock, rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { toTransition } from '../services.mapper.ts';
import { listServiceViews, listTransitions, type ServiceFilter } from '../services.repository.ts';
import { loadVisibleService, presentService, presentServices, visibilityOf } from './service-access.ts';

export type ServiceListFilter = Omit<ServiceQuery, 'lang' | 'limit' | 'offset'>;

/** The portfolio as the caller may see it. */
export function makeReadServices({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  const filterOf = (principal: Principal, query: ServiceListFilter): ServiceFilter => {
    const today = rigaDay(clock.now());
    return {
      q: query.q,
      holderWithin: query.holder,
      stage: query.stage,
      kind: query.kind,
      priority: query.priority,
      ownerId: query.owner,
      reviewOverdueOn: query.reviewOverdue === 'true' ? today : undefined,
      reviewCurrentOn: query.reviewOverdue === 'false' ? today : undefined,
      visible: visibilityOf(db, principal),
    };
  };
  return {
    async list(
      principal: Principal,
      query: ServiceListFilter,
      page: { limit: number; offset: number },
      language: Language,
    ) {
      const { rows, total } = await listServiceViews(db, filterOf(principal, query), page);
      return { items: await presentServices(db, principal, rows, language, clock.now()), total };
    },
    async get(principal: Principal, id: string, language: Language) {
      return presentService(db, principal, await loadVisibleService(db, principal, id), language, clock.now());
    },
    /** A service as the answer to a change just made (the caller has seen it). */
    async present(principal: Principal | 'system', id: string, language: Language) {
      return presentService(db, principal, await loadVisibleService(db, principal, id), language, clock.now());
    },
    async transitions(principal: Principal, id: string) {
      await loadVisibleService(db, principal, id);
      return (await listTransitions(db, id)).map(toTransition);
    },
  };
}
export type ReadServices = ReturnType<typeof makeReadServices>;
