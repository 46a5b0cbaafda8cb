import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { auditedNeedFields } from '../recipients.mapper.ts';
import { deleteNeed, findNeedServiceLinks } from '../recipients.repository.ts';
import { type Acting, loadNeedForChange, lockGroupForChange } from './group-access.ts';

/** Removes a need and its links; the audit trail keeps what it said and linked. */
export function makeDeleteRecipientNeed({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function deleteRecipientNeed(
    groupId: string,
    needId: string,
    version: number,
    { principal, context }: Acting,
  ) {
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      await lockGroupForChange(trx, principal, groupId);
      const before = await loadNeedForChange(trx, groupId, needId, version);
      const linked = (await findNeedServiceLinks(trx, [needId])).map((link) => link.service_id);
      await deleteNeed(trx, needId);
      await recordAudit(
        trx,
        context,
        {
          action: 'recipient-need.delete',
          entityType: 'recipient_need',
          entityId: needId,
          changes: diffOf(auditedNeedFields(before, linked), null),
        },
        now,
      );
    });
  };
}
