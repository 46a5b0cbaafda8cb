import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { type AuditContext, diffOf, recordAudit, systemContext } from '../../../platform/audit/audit.ts';
import { hashPassword, passwordRuleBroken } from '../../../platform/auth/password.ts';
import { hashSecret } from '../../../platform/auth/secrets.ts';
import type { DB } from '../../../platform/db/database.ts';
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

/** ADMIN_PASSWORD breaks a password rule: start-up stops with one line saying which. */
export class AdministratorSetupError extends Error {}

/**
 * When nobody exists yet, creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD in
 * the state organisation. Without those settings it creates nobody (start-up then issues a setup
 * link).
 */
export function makeEnsureFirstAdministrator({ db, clock }: Pick<PeopleDependencies, 'db' | 'clock'>) {
  return async function ensureFirstAdministrator(
    admin: { email: string; password: string } | undefined,
  ): Promise<'exists' | 'created' | 'missing'> {
    if ((await countPeople(db)) > 0) return 'exists';
    if (!admin) return 'missing';
    const name = 'Administrators';
    const broken = await passwordRuleBroken(admin.password, { email: admin.email, name });
    if (broken) throw new AdministratorSetupError(`ADMIN_PASSWORD ${broken.message}`);
    await createFirstAdministrator(
      db,
      { name, email: admin.email, passwordHash: await hashPassword(admin.password) },
      systemContext('start-up'),
      clock.now(),
    );
    return 'created';
  };
}

/** Inserts the first administrator into the state organisation and audits it; the caller holds the transaction. */
async function createFirstAdministrator(
  trx: Kysely<DB>,
  person: { name: string; email: string; passwordHash: string },
  context: AuditContext | ((personId: string, name: string) => AuditContext),
  now: Date,
) {
  const state = await findStateOrganisation(trx);
  if (!state) throw new Error('The state organisation is created at start, before the first administrator');
  const id = randomUUID();
  const row = await insertPerson(trx, {
    id,
    name: person.name,
    email: person.email,
    organisation_id: state.id,
    is_administrator: true,
    password_hash: person.passwordHash,
    created_at: now,
    updated_at: now,
  });
  await recordAudit(
    trx,
    typeof context === 'function' ? context(id, row.name) : context,
    { action: 'person.create', entityType: 'person', entityId: id, changes: diffOf(null, auditedFields(row)) },
    now,
  );
  return row;
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
        const row = await createFirstAdministrator(
          trx,
          { name: input.name, email: input.email, passwordHash },
          (personId, name) => ({ ...origin, actor: { kind: 'person', personId, label: name } }),
          now,
        );
        await markOneTimeTokenUsed(trx, link.token_hash, now);
        return row;
      })
      .catch(rethrowDuplicate);
  };
}
