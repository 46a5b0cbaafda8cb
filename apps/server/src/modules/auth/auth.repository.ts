import type { HeldRole } from '@saimnieks/contracts/auth';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';

const PERSON_COLUMNS = [
  'id',
  'name',
  'email',
  'organisation_id',
  'is_administrator',
  'active',
  'password_hash',
  'oidc_subject',
] as const;

export const findPersonByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('person').select(PERSON_COLUMNS).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();

export const findPersonById = (db: Kysely<DB>, id: string) =>
  db.selectFrom('person').select(PERSON_COLUMNS).where('id', '=', id).executeTakeFirst();

export const lockPerson = (db: Kysely<DB>, id: string) =>
  db.selectFrom('person').select('id').where('id', '=', id).forUpdate().executeTakeFirst();

export const findPersonByOidcSubject = (db: Kysely<DB>, subject: string) =>
  db.selectFrom('person').select(PERSON_COLUMNS).where('oidc_subject', '=', subject).executeTakeFirst();

/**
 * Stores the subject only while none is stored, so a concurrent link cannot be overwritten. Like
 * the password hash it is a credential, not part of the person's record: the version stays.
 */
export const linkOidcSubject = async (db: Kysely<DB>, personId: string, subject: string) =>
  (
    await db
      .updateTable('person')
      .set({ oidc_subject: subject })
      .where('id', '=', personId)
      .where('oidc_subject', 'is', null)
      .executeTakeFirst()
  ).numUpdatedRows === 1n;

/** The roles a person holds on a day: assigned, not revoked, and valid that day. */
export async function heldRoles(db: Kysely<DB>, personId: string, day: string): Promise<HeldRole[]> {
  const rows = await db
    .selectFrom('role_assignment')
    .select(['role_code', 'scope_kind', 'scope_id'])
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('valid_from', '<=', day)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', day)]))
    .orderBy('role_code')
    .execute();
  return rows.map((row) => ({
    roleCode: row.role_code as HeldRole['roleCode'],
    scopeKind: row.scope_kind as HeldRole['scopeKind'],
    scopeId: row.scope_id,
  }));
}

export const insertSession = (
  db: Kysely<DB>,
  session: {
    token_hash: string;
    person_id: string;
    csrf_token: string;
    method: 'password' | 'oidc';
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
    address: string | null;
    user_agent: string | null;
  },
) => db.insertInto('session').values(session).returning('id').executeTakeFirstOrThrow();

export const findSession = (db: Kysely<DB>, tokenHash: string) =>
  db.selectFrom('session').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const touchSession = (db: Kysely<DB>, tokenHash: string, at: Date) =>
  db.updateTable('session').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();

export const revokeSession = (db: Kysely<DB>, tokenHash: string, at: Date) =>
  db.updateTable('session').set({ revoked_at: at }).where('token_hash', '=', tokenHash).execute();

/** A person's sessions not revoked, not past their absolute end and used since `seenSince`. */
export const findOpenSessions = (db: Kysely<DB>, personId: string, now: Date, seenSince: Date) =>
  db
    .selectFrom('session')
    .select(['id', 'token_hash', 'method', 'created_at', 'last_seen_at', 'expires_at', 'address', 'user_agent'])
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', seenSince)
    .orderBy('last_seen_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();

/** Revokes one of a person's open sessions by its id; returns its token hash, or nothing when none. */
export const revokeOpenSessionById = (
  db: Kysely<DB>,
  { id, personId, now, seenSince }: { id: string; personId: string; now: Date; seenSince: Date },
) =>
  db
    .updateTable('session')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', seenSince)
    .returning(['id', 'token_hash'])
    .executeTakeFirst();

const API_TOKEN_COLUMNS = [
  'id',
  'person_id',
  'name',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
] as const;

export const insertApiToken = (
  db: Kysely<DB>,
  token: { id: string; person_id: string; name: string; token_hash: string; created_at: Date; expires_at: Date },
) => db.insertInto('api_token').values(token).returning(API_TOKEN_COLUMNS).executeTakeFirstOrThrow();

export const findApiTokenByHash = (db: Kysely<DB>, tokenHash: string) =>
  db.selectFrom('api_token').select(API_TOKEN_COLUMNS).where('token_hash', '=', tokenHash).executeTakeFirst();

export const findApiTokensOf = (db: Kysely<DB>, personId: string) =>
  db
    .selectFrom('api_token')
    .select(API_TOKEN_COLUMNS)
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();

/** One of a person's tokens, locked for a change; another person's token is not found. */
export const lockApiTokenOf = (db: Kysely<DB>, id: string, personId: string) =>
  db
    .selectFrom('api_token')
    .select(API_TOKEN_COLUMNS)
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .forUpdate()
    .executeTakeFirst();

export const countUsableApiTokensOf = async (db: Kysely<DB>, personId: string, now: Date) =>
  Number(
    (
      await db
        .selectFrom('api_token')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('person_id', '=', personId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const revokeApiToken = (db: Kysely<DB>, id: string, at: Date) =>
  db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .returning(API_TOKEN_COLUMNS)
    .executeTakeFirstOrThrow();

export const touchApiToken = (db: Kysely<DB>, id: string, at: Date) =>
  db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();

export const insertOidcSignIn = (
  db: Kysely<DB>,
  row: {
    binding_hash: string;
    state: string;
    nonce: string;
    code_verifier: string;
    created_at: Date;
    expires_at: Date;
  },
) => db.insertInto('oidc_sign_in').values(row).execute();

/** Takes a started sign-in out of the table, so its callback is accepted once at most. */
export const takeOidcSignIn = (db: Kysely<DB>, bindingHash: string) =>
  db.deleteFrom('oidc_sign_in').where('binding_hash', '=', bindingHash).returningAll().executeTakeFirst();

export const deleteExpiredOidcSignIns = (db: Kysely<DB>, now: Date) =>
  db.deleteFrom('oidc_sign_in').where('expires_at', '<=', now).execute();

export const findSignInFailure = (db: Kysely<DB>, key: string) =>
  db.selectFrom('sign_in_failure').selectAll().where('key', '=', key).executeTakeFirst();

export const saveSignInFailure = (
  db: Kysely<DB>,
  row: { key: string; failures: number; window_started_at: Date; blocked_until: Date | null },
) =>
  db
    .insertInto('sign_in_failure')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: row.failures,
        window_started_at: row.window_started_at,
        blocked_until: row.blocked_until,
      }),
    )
    .execute();

export const clearSignInFailures = (db: Kysely<DB>, key: string) =>
  db.deleteFrom('sign_in_failure').where('key', '=', key).execute();
