import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../platform/db/database.ts';
import type { Person, RoleAssignment } from '../platform/db/schema.ts';

/*
 * The demo's own SQL: the people and role assignments it writes directly, because the use cases of
 * the people and roles modules act only for a signed-in person (and send invitations by mail); the
 * columns are those those modules write. Everything else goes through the modules' use cases.
 */

export const findOrganisationIdByRegistrationNumber = async (db: Kysely<DB>, registrationNumber: string) =>
  (
    await db
      .selectFrom('organisation')
      .select('id')
      .where('registration_number', '=', registrationNumber)
      .executeTakeFirst()
  )?.id;

export const insertPerson = (db: Kysely<DB>, row: Insertable<Person>) =>
  db.insertInto('person').values(row).returningAll().executeTakeFirstOrThrow();

export const insertRoleAssignment = (db: Kysely<DB>, row: Insertable<RoleAssignment>) =>
  db.insertInto('role_assignment').values(row).returningAll().executeTakeFirstOrThrow();

/** The version a service is at, for the next lifecycle step of the demo (which changes it). */
export const findServiceVersion = async (db: Kysely<DB>, id: string) =>
  (await db.selectFrom('service').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
