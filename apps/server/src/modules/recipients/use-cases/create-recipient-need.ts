import { randomUUID } from 'node:crypto';
import type { RecipientNeedCreate } from '@saimnieks/contracts/recipients';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { auditedNeedFields } from '../recipients.mapper.ts';
import { insertNeed, type NeedRow, replaceNeedServices } from '../recipients.repository.ts';
import { type Acting, assertLinkableServices, lockGroupForChange } from './group-access.ts';

export function makeCreateRecipientNeed({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function createRecipientNeed(
    groupId: string,
    input: RecipientNeedCreate,
    { principal, context }: Acting,
  ) {
    const now = clock.now();
    return db.transaction().execute(async (trx): Promise<NeedRow> => {
      await lockGroupForChange(trx, principal, groupId);
      await assertLinkableServices(trx, principal, input.serviceIds);
      const need = await insertNeed(trx, {
        id: randomUUID(),
        group_id: groupId,
        text_lv: input.texts.lv,
        text_en: input.texts.en,
        importance: input.importance,
        life_events: input.lifeEvents,
        created_at: now,
        updated_at: now,
      });
      await replaceNeedServices(trx, need.id, input.serviceIds);
      await recordAudit(
        trx,
        context,
        {
          action: 'recipient-need.create',
          entityType: 'recipient_need',
          entityId: need.id,
          changes: diffOf(null, auditedNeedFields(need, input.serviceIds)),
        },
        now,
      );
      return need;
    });
  };
}
