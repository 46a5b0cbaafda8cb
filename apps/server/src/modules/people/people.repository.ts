import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import type { OneTimeToken, Person } from '../../platform/db/schema.ts';

export type PersonRow = Selectable<Person>;
export type OneTimeTokenRow = Selectable<OneTimeToken>;
export type TokenPurpose = 'invitation' | 'password-reset' | 'setup';

export interface PersonFilter {
  organisationId?: string | undefined;
  q?: string | undefined;
  active?: boolean | undefined;
  /** Only people of organisations inside one of these subtrees (and `alwaysId`); undefined means no limit. */
  withinAnyOf?: string[] | undefined;
  /** A person listed whatever the subtrees: the caller themselves. */
  alwaysId?: string | undefined;
}

export const findPerson = (db: Kysely<DB>, id: string) =>
  db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();

/** Locks the row for the rest of the transaction, so concurrent changes queue up. */
export const findPersonForUpdate = (db: Kysely<DB>, id: string) =>
  db.selectFrom('person').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const findPersonByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('person').selectAll().where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();

export const insertPerson = (db: Kysely<DB>, row: Insertable<Person>) =>
  db.insertInto('person').values(row).returningAll().executeTakeFirstOrThrow();

export const updatePerson = (db: Kysely<DB>, id: string, changes: Partial<PersonRow>) =>
  db
    .updateTable('person')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** Locks every active administrator, so two changes cannot each leave the other as the last one. */
export const lockActiveAdministrators = (db: Kysely<DB>) =>
  db
    .selectFrom('person')
    .select('id')
    .where('is_administrator', '=', true)
    .where('active', '=', true)
    .orderBy('id')
    .forUpdate()
    .execute();

export const countPeople = async (db: Kysely<DB>) =>
  Number(
    (
      await db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

export async function listPeople(db: Kysely<DB>, filter: PersonFilter, page: { limit: number; offset: number }) {
  let query = db.selectFrom('person');
  if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('email', 'ilike', pattern)]));
  }
  const scopes = filter.withinAnyOf;
  if (scopes) {
    query = query.where((eb) =>
      eb.or([
        eb(
          'organisation_id',
          'in',
          eb
            .selectFrom('organisation')
            .select('organisation.id')
            .where(sql<boolean>`ancestor_ids && ${sql.val(scopes)}::uuid[]`),
        ),
        ...(filter.alwaysId ? [eb('person.id', '=', filter.alwaysId)] : []),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Ends every open session and API token of a person; `keepSessionHash` spares the session in use. */
export async function revokeAccess(
  db: Kysely<DB>,
  personId: string,
  at: Date,
  { keepSessionHash, tokens }: { keepSessionHash?: string | undefined; tokens: boolean },
) {
  let sessions = db
    .updateTable('session')
    .set({ revoked_at: at })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null);
  if (keepSessionHash) sessions = sessions.where('token_hash', '<>', keepSessionHash);
  await sessions.execute();
  if (tokens) {
    await db
      .updateTable('api_token')
      .set({ revoked_at: at })
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .execute();
  }
}

export const insertOneTimeToken = (db: Kysely<DB>, row: Insertable<OneTimeToken>) =>
  db.insertInto('one_time_token').values(row).execute();

export const findOneTimeToken = (db: Kysely<DB>, tokenHash: string) =>
  db.selectFrom('one_time_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const findOneTimeTokenForUpdate = (db: Kysely<DB>, tokenHash: string) =>
  db.selectFrom('one_time_token').selectAll().where('token_hash', '=', tokenHash).forUpdate().executeTakeFirst();

/** Marks a person's unused links of these purposes used: a password set voids every other link. */
export const useOneTimeTokens = (db: Kysely<DB>, personId: string, purposes: TokenPurpose[], at: Date) =>
  db
    .updateTable('one_time_token')
    .set({ used_at: at })
    .where('person_id', '=', personId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .execute();

export const markOneTimeTokenUsed = (db: Kysely<DB>, tokenHash: string, at: Date) =>
  db.updateTable('one_time_token').set({ used_at: at }).where('token_hash', '=', tokenHash).execute();

export const countTokensSince = async (db: Kysely<DB>, personId: string, purpose: TokenPurpose, since: Date) =>
  Number(
    (
      await db
        .selectFrom('one_time_token')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('person_id', '=', personId)
        .where('purpose', '=', purpose)
        .where('created_at', '>', since)
        .executeTakeFirstOrThrow()
    ).n,
  );
