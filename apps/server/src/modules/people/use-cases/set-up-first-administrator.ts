import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import { hashPassword } from '../../../platform/auth/password.ts';
import { hashSecret } from '../../../platform/auth/secrets.ts';
import { ConflictError } from '../../../platform/errors/errors.ts';
import { findStateOrganisation } from '../../organisations/index.ts';
import { checkOneTimeToken, issueOneTimeToken, linkTo, redeemOneTimeToken } from '../one-time-tokens.ts';
import { auditedFields } from '../people.mapper.ts';
import { countPeople, findOneTimeToken, insertPerson, markOneTimeTokenUsed } from '../people.repository.ts';
import { assertPasswordAllowed, rethrowDuplicate } from '../people.rules.ts';
import type { PeopleDependencies } from './dependencies.ts';

// Any fixed number: two setup links used at once must not create two first administrators.
const SETUP_LOCK = 727_310_013;

/**
 * While nobody exists, makes a setup link (valid 24 hours) for the first administrator; answers
 * null when someone exists. Each start without people makes a new one, and any unexpired one
 * works until somebody has been created.
 */
export function makeIssueSetupLink({ db, clock }: Pick<PeopleDependencies, 'db' | 'clock'>) {
  return async function issueSetupLink(publicUrl: string): Promise<string | null> {
    if ((await countPeople(db)) > 0) return null;
    return linkTo(publicUrl, 'setup', await issueOneTimeToken(db, 'setup', null, clock.now()));
  };
}

/** Creates the first administrator, in the state organisation, with a setup link. */
export function makeSetUpFirstAdministrator({ db, clock }: Pick<PeopleDependencies, 'db' | 'clock'>) {
  return async function setUpFirstAdministrator(
    input: { token: string; name: string; email: string; password: string },
    origin: Omit<AuditContext, 'actor'>,
  ) {
    const now = clock.now();
    // The link is checked before the password, so a dead link is not answered with password rules.
    checkOneTimeToken(await findOneTimeToken(db, hashSecret(input.token)), ['setup'], now);
    await assertPasswordAllowed(input.password, input);
    const passwordHash = await hashPassword(input.password);
    return db
      .transaction()
      .execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${SETUP_LOCK})`.execute(trx);
        const link = await redeemOneTimeToken(trx, input.token, ['setup'], now);
        if ((await countPeople(trx)) > 0) {
          throw new ConflictError('setup-done', 'Somebody exists already; sign in, or ask an administrator');
        }
        const state = await findStateOrganisation(trx);
        if (!state) throw new Error('The state organisation is created at start, before any setup link');
        const id = randomUUID();
        const row = await insertPerson(trx, {
          id,
          name: input.name,
          email: input.email,
          organisation_id: state.id,
          is_administrator: true,
          password_hash: passwordHash,
          created_at: now,
          updated_at: now,
        });
        await markOneTimeTokenUsed(trx, link.token_hash, now);
        await recordAudit(
          trx,
          { ...origin, actor: { kind: 'person', personId: id, label: row.name } },
          { action: 'person.create', entityType: 'person', entityId: id, changes: diffOf(null, auditedFields(row)) },
          now,
        );
        return row;
      })
      .catch(rethrowDuplicate);
  };
}
