import type { RecipientGroupUpdate } from '@saimnieks/contracts/recipients';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { auditedGroupFields } from '../recipients.mapper.ts';
import { findGroupView, type GroupRow, type GroupView, updateGroup } from '../recipients.repository.ts';
import { type Acting, lockGroupForChange } from './group-access.ts';

/** Changes what is given and keeps the rest; `version` must be the group's current one. */
export function makeUpdateRecipientGroup({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function updateRecipientGroup(id: string, input: RecipientGroupUpdate, { principal, context }: Acting) {
    const now = clock.now();
    return db.transaction().execute(async (trx): Promise<GroupView> => {
      const before = await lockGroupForChange(trx, principal, id, input.version);
      const changes: Partial<GroupRow> = { updated_at: now };
      if (input.names) Object.assign(changes, { name_lv: input.names.lv, name_en: input.names.en });
      if (input.descriptions !== undefined) {
        Object.assign(changes, {
          description_lv: input.descriptions?.lv ?? null,
          description_en: input.descriptions?.en ?? null,
        });
      }
      if (input.audience) changes.audience = input.audience;
      if (input.sizeEstimate !== undefined) changes.size_estimate = input.sizeEstimate;
      await updateGroup(trx, id, changes);
      const after = (await findGroupView(trx, id)) as GroupView;
      await recordAudit(
        trx,
        context,
        {
          action: 'recipient-group.update',
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
