import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit, systemContext } from '../../../platform/audit/audit.ts';
import { hashPassword, passwordRuleBroken } from '../../../platform/auth/password.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { countPeople } from '../auth.repository.ts';

export class AdministratorSetupError extends Error {}

/**
 * When nobody exists yet, creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD in
 * the given organisation. Returns whether it created one; without the settings it creates nobody.
 */
export function makeEnsureFirstAdministrator({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function ensureFirstAdministrator(
    admin: { email: string; password: string } | undefined,
    organisationId: string,
  ): Promise<'exists' | 'created' | 'missing'> {
    if ((await countPeople(db)) > 0) return 'exists';
    if (!admin) return 'missing';
    const name = 'Administrators';
    const broken = await passwordRuleBroken(admin.password, { email: admin.email, name });
    if (broken) throw new AdministratorSetupError(`ADMIN_PASSWORD ${broken.message}`);
    const now = clock.now();
    const id = randomUUID();
    const row = {
      id,
      name,
      email: admin.email,
      organisation_id: organisationId,
      is_administrator: true,
      password_hash: await hashPassword(admin.password),
      created_at: now,
      updated_at: now,
    };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('person').values(row).execute();
      await recordAudit(
        trx,
        systemContext('start-up'),
        {
          action: 'person.create',
          entityType: 'person',
          entityId: id,
          changes: diffOf(null, { name, email: admin.email, organisationId, isAdministrator: true }),
        },
        now,
      );
    });
    return 'created';
  };
}
