import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors/errors.ts';
import { assertMayManageCredentials } from '../auth.policy.ts';
import { lockApiTokenOf, revokeApiToken } from '../auth.repository.ts';

/**
 * Revokes one of the signed-in person's tokens; from then on it signs nobody in. Another person's
 * token is not found. Revoking a revoked token changes nothing and succeeds, like deleting twice.
 */
export function makeRevokeApiToken({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function revokeMyApiToken(
    id: string,
    { principal, context }: { principal: Principal; context: AuditContext },
  ) {
    assertMayManageCredentials(principal);
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const before = await lockApiTokenOf(trx, id, principal.person.id);
      if (!before) throw new NotFoundError('not-found', 'You have no API token with this id');
      if (before.revoked_at) return;
      const after = await revokeApiToken(trx, id, now);
      await recordAudit(
        trx,
        context,
        {
          action: 'api-token.revoke',
          entityType: 'api_token',
          entityId: id,
          changes: diffOf({ revokedAt: before.revoked_at }, { revokedAt: after.revoked_at }),
        },
        now,
      );
    });
  };
}
