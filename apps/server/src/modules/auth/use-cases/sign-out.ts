import type { Kysely } from 'kysely';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { revokeSession } from '../auth.repository.ts';

export function makeSignOut({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function signOut(tokenHash: string, personId: string, context: AuditContext) {
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      await revokeSession(trx, tokenHash, now);
      await recordAudit(
        trx,
        context,
        { action: 'session.close', entityType: 'person', entityId: personId, changes: {} },
        now,
      );
    });
  };
}
