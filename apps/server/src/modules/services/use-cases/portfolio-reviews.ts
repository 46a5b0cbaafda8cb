import type { Language } from '@saimnieks/contracts/language';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import { type Clock, rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError, ValidationError } from '../../../platform/errors/errors.ts';
import { peopleOf, toDescriptionSummary } from '../services.mapper.ts';
import { canApprove, canDescribe } from '../services.policy.ts';
import {
  findPeopleNames,
  findServiceViews,
  listDescriptionsInReview,
  listServiceViews,
  type ServiceView,
  updateService,
} from '../services.repository.ts';
import {
  type Acting,
  addMonths,
  canSee,
  loadPermissions,
  lockService,
  personOf,
  placementOf,
  presentServices,
  readSettings,
  visibilityOf,
} from './service-access.ts';

// At most this many overdue services are listed; a portfolio with more has a bigger problem.
const OVERDUE_LIMIT = 500;

/** Keeping descriptions true: the review queue, overdue reviews, and the assurance that resets the clock. */
export function makePortfolioReviews({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    /** Submitted descriptions the caller may approve, oldest submission first. */
    async queue(principal: Principal, language: Language) {
      const permissions = await loadPermissions(db);
      const waiting = await listDescriptionsInReview(db);
      const services = new Map(
        (await findServiceViews(db, [...new Set(waiting.map((row) => row.service_id))])).map((view) => [view.id, view]),
      );
      const views = new Map<string, ServiceView>();
      for (const row of waiting) {
        const view = services.get(row.service_id);
        if (
          view &&
          canSee(db, principal, view) &&
          canApprove(principal, permissions, placementOf(view), row.submitted_by)
        ) {
          views.set(row.service_id, view);
        }
      }
      const mine = waiting.filter((row) => views.has(row.service_id));
      const summaries = await presentServices(db, principal, [...views.values()], language, clock.now());
      const names = await findPeopleNames(db, mine.flatMap(peopleOf));
      return mine.map((row) => ({
        service: summaries.find((summary) => summary.id === row.service_id) as (typeof summaries)[number],
        description: toDescriptionSummary(row, names),
      }));
    },

    /** Published services past their review-by date, grouped by holder. */
    async overdue(principal: Principal, language: Language) {
      const { rows } = await listServiceViews(
        db,
        { reviewOverdueOn: rigaDay(clock.now()), visible: visibilityOf(db, principal) },
        { limit: OVERDUE_LIMIT, offset: 0 },
      );
      const summaries = await presentServices(db, principal, rows, language, clock.now());
      const byHolder = new Map<string, { holder: (typeof summaries)[number]['holder']; services: typeof summaries }>();
      for (const summary of summaries) {
        const group = byHolder.get(summary.holder.id) ?? { holder: summary.holder, services: [] };
        group.services.push(summary);
        byHolder.set(summary.holder.id, group);
      }
      return { institutions: [...byHolder.values()].sort((a, b) => a.holder.name.localeCompare(b.holder.name, 'lv')) };
    },

    /**
     * Someone who describes the service confirms the published description is still right;
     * the next review falls due after the settings' interval unless they name a day.
     */
    async assure(
      id: string,
      input: { version: number; reviewBy?: string | undefined },
      { principal, context }: Acting,
    ) {
      const now = clock.now();
      const today = rigaDay(now);
      if (input.reviewBy !== undefined && input.reviewBy <= today) {
        throw new ValidationError('The next review must be after today', [
          { field: 'reviewBy', in: 'body', rule: 'future_date', message: 'must be after today' },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        const before = await lockService(trx, principal, id, { version: input.version, allowed: canDescribe });
        if (before.published_number === null) {
          throw new ConflictError('wrong-description-status', 'Only a published description can be assured');
        }
        const reviewBy = input.reviewBy ?? addMonths(today, (await readSettings(trx)).reviewIntervalMonths);
        const after = await updateService(trx, id, {
          assured_by: personOf(principal),
          assured_at: now,
          review_by: reviewBy,
          updated_at: now,
        });
        await recordAudit(
          trx,
          context,
          {
            action: 'service.assure',
            entityType: 'service',
            entityId: id,
            changes: {
              reviewBy: { before: before.review_by, after: after.review_by },
              assuredAt: { before: before.assured_at?.toISOString() ?? null, after: now.toISOString() },
            },
          },
          now,
        );
        return id;
      });
    },
  };
}
