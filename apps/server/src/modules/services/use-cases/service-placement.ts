import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/database.ts';
import { findServiceView } from '../services.repository.ts';
import { placementOf } from './service-access.ts';

/** What other modules ask about services: where one sits, for role assignments at service scope. */
export function makeServiceAccess({ db }: { db: Kysely<DB> }) {
  return {
    async placement(serviceId: string) {
      const view = await findServiceView(db, serviceId);
      return view && placementOf(view);
    },
  };
}
