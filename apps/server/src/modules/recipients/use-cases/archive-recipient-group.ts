import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { auditedGroupFields } from '../recipients.mapper.ts';
import { findGroupView, type GroupView, updateGroup } from '../recipients.repository.ts';
import { type Acting, lockGroupForChange } from './group-access.ts';

/**
 * Archives a group the organisation no longer serves. It stays on record with its needs, read-only,
 * so what was known about its recipients is not lost.
 */
export function makeArchiveRecipientGroup({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function archiveRecipientGroup(id: string, version: number, { principal, context }: Acting) {
    const now = clock.now();
    return db.transaction().execute(async (trx): Promise<GroupView> => {
      const before = await lockGroupForChange(trx, principal, id, version);
      await updateGroup(trx, id, { archived: true, updated_at: now });
      const after = (await findGroupView(trx, id)) as GroupView;
      await recordAudit(
        trx,
        context,
        {
          action: 'recipient-group.archive',
          entityType: 'recipient_group',
          entityId: id,
          changes: diffOf(auditedGroupFields(before), auditedGroupFields(after)),
        },
        now,
      );
      return after;
    });
  };
}
