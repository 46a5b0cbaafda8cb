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
] as const;

export const findPersonByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('person').select(PERSON_COLUMNS).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();

export const findPersonById = (db: Kysely<DB>, id: string) =>
  db.selectFrom('person').select(PERSON_COLUMNS).where('id', '=', id).executeTakeFirst();

export const countPeople = async (db: Kysely<DB>) =>
  Number(
    (
      await db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

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
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
    address: string | null;
    user_agent: string | null;
  },
) => db.insertInto('session').values(session).execute();

export const findSession = (db: Kysely<DB>, tokenHash: string) =>
  db.selectFrom('session').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const touchSession = (db: Kysely<DB>, tokenHash: string, at: Date) =>
  db.updateTable('session').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();

export const revokeSession = (db: Kysely<DB>, tokenHash: string, at: Date) =>
  db.updateTable('session').set({ revoked_at: at }).where('token_hash', '=', tokenHash).execute();

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
