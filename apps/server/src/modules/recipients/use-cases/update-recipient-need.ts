import type { RecipientNeedUpdate } from '@saimnieks/contracts/recipients';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { auditedNeedFields } from '../recipients.mapper.ts';
import { findNeedServiceLinks, type NeedRow, replaceNeedServices, updateNeed } from '../recipients.repository.ts';
import {
  type Acting,
  assertLinkableServices,
  hiddenServiceIds,
  loadNeedForChange,
  lockGroupForChange,
} from './group-access.ts';

/**
 * Changes what is given and keeps the rest; `version` must be the need's current one. New
 * `serviceIds` replace the links the caller can see; links to services they cannot see stay.
 */
export function makeUpdateRecipientNeed({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function updateRecipientNeed(
    groupId: string,
    needId: string,
    input: RecipientNeedUpdate,
    { principal, context }: Acting,
  ) {
    const now = clock.now();
    return db.transaction().execute(async (trx): Promise<NeedRow> => {
      await lockGroupForChange(trx, principal, groupId);
      const before = await loadNeedForChange(trx, groupId, needId, input.version);
      const linkedBefore = (await findNeedServiceLinks(trx, [needId])).map((link) => link.service_id);
      let linkedAfter = linkedBefore;
      if (input.serviceIds) {
        await assertLinkableServices(trx, principal, input.serviceIds);
        const kept = await hiddenServiceIds(trx, principal, linkedBefore);
        linkedAfter = [...new Set([...input.serviceIds, ...kept])];
        await replaceNeedServices(trx, needId, linkedAfter);
      }
      const changes: Partial<NeedRow> = { updated_at: now };
      if (input.texts) Object.assign(changes, { text_lv: input.texts.lv, text_en: input.texts.en });
      if (input.importance) changes.importance = input.importance;
      if (input.lifeEvents) changes.life_events = input.lifeEvents;
      const after = await updateNeed(trx, needId, changes);
      await recordAudit(
        trx,
        context,
        {
          action: 'recipient-need.update',
          entityType: 'recipient_need',
          entityId: needId,
          changes: diffOf(auditedNeedFields(before, linkedBefore), auditedNeedFields(after, linkedAfter)),
        },
        now,
      );
      return after;
    });
  };
}
