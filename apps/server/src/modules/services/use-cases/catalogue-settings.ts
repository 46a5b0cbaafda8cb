import type { CatalogueSettings } from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError, ForbiddenError } from '../../../platform/errors/errors.ts';
import { canChangeSettings } from '../services.policy.ts';
import { countServicesWithDegree, findSettingsForUpdate, updateSettings } from '../services.repository.ts';
import { type Acting, readSettings } from './service-access.ts';

/** The portfolio's rules: anyone signed in reads them, the state lead institution changes them. */
export function makeCatalogueSettings({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    read: () => readSettings(db),
    async update(
      input: CatalogueSettings & { version: number },
      { principal, context }: Acting & { principal: Principal },
    ) {
      if (!canChangeSettings(principal)) {
        throw new ForbiddenError('forbidden', 'The state lead institution keeps the portfolio rules');
      }
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const row = await findSettingsForUpdate(trx);
        if (row.version !== input.version) {
          throw new ConflictError(
            'stale-version',
            `The settings were changed meanwhile (now version ${row.version}, yours ${input.version}); reload and try again`,
          );
        }
        const before = await readSettings(trx);
        const kept = new Set(input.managementDegrees.map((degree) => degree.code));
        const removed = before.managementDegrees.map((degree) => degree.code).filter((code) => !kept.has(code));
        const inUse = await countServicesWithDegree(trx, removed);
        if (inUse > 0) {
          throw new ConflictError(
            'degree-in-use',
            `${inUse} service(s) use the management degree(s) ${removed.join(', ')}; change them first`,
          );
        }
        await updateSettings(trx, {
          gates: JSON.stringify(input.gates),
          review_interval_months: input.reviewIntervalMonths,
          management_degrees: JSON.stringify(input.managementDegrees),
          updated_at: now,
        });
        const after = await readSettings(trx);
        const { version: _before, ...beforeFields } = before;
        const { version: _after, ...afterFields } = after;
        await recordAudit(
          trx,
          context,
          {
            action: 'service_settings.update',
            entityType: 'service_settings',
            entityId: 'catalogue',
            changes: diffOf(beforeFields, afterFields),
          },
          now,
        );
        return after;
      });
    },
  };
}
