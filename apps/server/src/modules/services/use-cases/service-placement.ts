import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { canManagePortfolio } from '../services.policy.ts';
import { findServiceView } from '../services.repository.ts';
import { loadPermissions, placementOf } from './service-access.ts';

/**
 * What other modules ask about services: where one sits (for role assignments at service scope),
 * and whether someone manages a holder's portfolio (for an import). Pass the caller's transaction.
 */
export function makeServiceAccess({ db }: { db: Kysely<DB> }) {
  return {
    async mayManagePortfolioOf(principal: Principal, holder: { ancestor_ids: string[] }) {
      return canManagePortfolio(principal, await loadPermissions(db), { holderPath: holder.ancestor_ids });
    },
    async placement(serviceId: string) {
      const view = await findServiceView(db, serviceId);
      return view && placementOf(view);
    },
  };
}
