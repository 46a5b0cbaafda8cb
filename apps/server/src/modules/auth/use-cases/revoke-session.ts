import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors/errors.ts';
import { assertMayManageCredentials } from '../auth.policy.ts';
import { revokeOpenSessionById } from '../auth.repository.ts';
import type { SessionSettings } from './open-session.ts';

/**
 * Ends one of the signed-in person's open sessions, for instance one left signed in elsewhere.
 * Another person's session, or one already ended, is not found. Answers whether it was the
 * session of the request itself.
 */
export function makeRevokeSession({ db, clock, session }: { db: Kysely<DB>; clock: Clock; session: SessionSettings }) {
  return async function revokeMySession(
    id: string,
    { principal, context }: { principal: Principal; context: AuditContext },
  ): Promise<{ current: boolean }> {
    assertMayManageCredentials(principal);
    const now = clock.now();
    const seenSince = new Date(now.getTime() - session.idleMinutes * 60_000);
    return db.transaction().execute(async (trx) => {
      const revoked = await revokeOpenSessionById(trx, { id, personId: principal.person.id, now, seenSince });
      if (!revoked) throw new NotFoundError('not-found', 'You have no open session with this id');
      await recordAudit(
        trx,
        context,
        {
          action: 'session.revoke',
          entityType: 'session',
          entityId: revoked.id,
          changes: diffOf({ revokedAt: null }, { revokedAt: now }),
        },
        now,
      );
      return { current: principal.via.kind === 'session' && principal.via.tokenHash === revoked.token_hash };
    });
  };
}
