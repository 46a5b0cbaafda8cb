import type { ServiceUpdate } from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { writeCatalogueEntry } from '../catalogue-entry.ts';
import { auditedServiceFields } from '../services.mapper.ts';
import { canManagePortfolio } from '../services.policy.ts';
import { type ServiceRow, updateService } from '../services.repository.ts';
import { assertManagementDegree } from './create-service.ts';
import { type Acting, lockService } from './service-access.ts';

/** Changes the portfolio attributes of a service: its managers only. */
export function makeUpdateService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function updateServiceUseCase(id: string, input: ServiceUpdate, { principal, context }: Acting) {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const before = await lockService(trx, principal, id, {
        version: input.version,
        allowed: canManagePortfolio,
      });
      if (input.managementDegree !== undefined) await assertManagementDegree(trx, input.managementDegree);
      const changes: Partial<ServiceRow> = { updated_at: now };
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.priority !== undefined) changes.priority = input.priority;
      if (input.managementDegree !== undefined) changes.management_degree = input.managementDegree;
      if (input.reviewBy !== undefined) changes.review_by = input.reviewBy;
      const after = await updateService(trx, id, changes);
      await writeCatalogueEntry(trx, id);
      await recordAudit(
        trx,
        context,
        {
          action: 'service.update',
          entityType: 'service',
          entityId: id,
          changes: diffOf(auditedServiceFields(before), auditedServiceFields(after)),
        },
        now,
      );
      return id;
    });
  };
}
