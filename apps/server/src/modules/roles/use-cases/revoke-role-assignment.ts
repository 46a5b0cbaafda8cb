import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import { rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { auditedAssignment } from '../roles.mapper.ts';
import { updateAssignment } from '../roles.repository.ts';
import type { Acting } from './assign-role.ts';
import { lockForChange, presentAssignment } from './assignment-access.ts';

/**
 * Revokes an assignment at once: the role is no longer held from the next request on. The
 * assignment stays on record. Giving up a role of one's own is allowed to whoever could assign it.
 */
export function makeRevokeRoleAssignment({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function revokeRoleAssignment(id: string, version: number, { principal, context, language }: Acting) {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const before = await lockForChange(trx, principal, id, version, { ownAllowed: true });
      const after = await updateAssignment(trx, id, { revoked_at: now });
      await recordAudit(
        trx,
        context,
        {
          action: 'role.revoke',
          entityType: 'role_assignment',
          entityId: id,
          changes: diffOf(auditedAssignment(before), auditedAssignment(after)),
        },
        now,
      );
      return presentAssignment(trx, id, { language, today: rigaDay(now) });
    });
  };
}
