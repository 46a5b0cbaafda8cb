import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError } from '../../../platform/errors/errors.ts';
import { auditedFields } from '../organisations.mapper.ts';
import { countActiveChildren, countLiveServicesWithin, updateOrganisation } from '../organisations.repository.ts';
import { lockForChange } from './update-organisation.ts';

/**
 * Archives an organisation. One with active children, or holding services that are not
 * liquidated, is refused: they would be left under an archived organisation.
 */
export function makeArchiveOrganisation({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function archiveOrganisation(
    id: string,
    version: number,
    { principal, context }: { principal: Principal; context: AuditContext },
  ) {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const before = await lockForChange(trx, principal, id, version);
      if (before.status === 'archived')
        throw new ConflictError('already-archived', 'The organisation is archived already');
      const children = await countActiveChildren(trx, id);
      if (children > 0) {
        throw new ConflictError(
          'has-active-children',
          `The organisation still has ${children} active child organisation(s); archive or move them first`,
        );
      }
      const services = await countLiveServicesWithin(trx, id);
      if (services > 0) {
        throw new ConflictError(
          'has-live-services',
          `The organisation still holds ${services} service(s) that are not liquidated; liquidate or hand them over first`,
        );
      }
      const after = await updateOrganisation(trx, id, { status: 'archived', updated_at: now });
      await recordAudit(
        trx,
        context,
        {
          action: 'organisation.archive',
          entityType: 'organisation',
          entityId: id,
          changes: diffOf(auditedFields(before), auditedFields(after)),
        },
        now,
      );
      return after;
    });
  };
}
