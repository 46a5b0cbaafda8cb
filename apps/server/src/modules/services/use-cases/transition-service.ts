import { randomUUID } from 'node:crypto';
import type { ServiceDescriptionContent, Stage } from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { type Clock, rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError } from '../../../platform/errors/errors.ts';
import { writeCatalogueEntry } from '../catalogue-entry.ts';
import { allowedTransitions, unmetGates } from '../lifecycle.rules.ts';
import { auditedServiceFields } from '../services.mapper.ts';
import { canManagePortfolio } from '../services.policy.ts';
import {
  findDescription,
  findWorkingDescription,
  holdersOf,
  insertTransition,
  updateService,
} from '../services.repository.ts';
import { type Acting, lockService, personOf, readSettings } from './service-access.ts';

/**
 * Moves a service to another stage of its lifecycle. The move must be one the lifecycle allows
 * and the target stage's gates (kept in the settings) must hold; otherwise 409 lists what is
 * missing and where the service may go instead.
 */
export function makeTransitionService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function transitionService(
    id: string,
    input: { version: number; to: Stage; reason: string },
    { principal, context }: Acting,
  ) {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const before = await lockService(trx, principal, id, { version: input.version, allowed: canManagePortfolio });
      const from = before.stage as Stage;
      const allowed = allowedTransitions(from);
      if (!allowed.includes(input.to)) {
        throw new ConflictError('transition-refused', `A service in ${from} cannot move to ${input.to}`, {
          unmetGates: [],
          allowedTransitions: allowed,
        });
      }
      const today = rigaDay(now);
      const published =
        before.published_number === null ? undefined : await findDescription(trx, id, before.published_number);
      const description = published ?? (await findWorkingDescription(trx, id));
      const unmet = unmetGates((await readSettings(trx)).gates, input.to, {
        hasOwner: (await holdersOf(trx, 'R05', [id], today)).length > 0,
        published: published !== undefined,
        description: description?.content as ServiceDescriptionContent | undefined,
        reviewBy: before.review_by,
        today,
      });
      if (unmet.length > 0) {
        throw new ConflictError('transition-refused', `Entering ${input.to} needs: ${unmet.join(', ')}`, {
          unmetGates: unmet,
          allowedTransitions: allowed,
        });
      }
      const after = await updateService(trx, id, { stage: input.to, updated_at: now });
      await insertTransition(trx, {
        id: randomUUID(),
        service_id: id,
        from_stage: from,
        to_stage: input.to,
        reason: input.reason,
        person_id: personOf(principal),
        at: now,
      });
      await writeCatalogueEntry(trx, id);
      await recordAudit(
        trx,
        context,
        {
          action: 'service.transition',
          entityType: 'service',
          entityId: id,
          changes: {
            ...diffOf(auditedServiceFields(before), auditedServiceFields(after)),
            reason: { before: null, after: input.reason },
          },
        },
        now,
      );
      return id;
    });
  };
}
