import type { RoleCode } from '@saimnieks/contracts/auth';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import type { RoleCompatibilityRule } from '../../platform/db/schema.ts';

export type CompatibilityRuleRow = Selectable<RoleCompatibilityRule>;

export const listRules = (db: Kysely<DB>, includeInactive: boolean) => {
  let query = db.selectFrom('role_compatibility_rule').selectAll();
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('role_a').orderBy('role_b').orderBy('same_scope_only').orderBy('created_at').execute();
};

/** The active rules that pair this role with another. */
export const activeRulesFor = (db: Kysely<DB>, roleCode: RoleCode) =>
  db
    .selectFrom('role_compatibility_rule')
    .selectAll()
    .where('active', '=', true)
    .where((eb) => eb.or([eb('role_a', '=', roleCode), eb('role_b', '=', roleCode)]))
    .execute();

export const findRule = (db: Kysely<DB>, id: string) =>
  db.selectFrom('role_compatibility_rule').selectAll().where('id', '=', id).executeTakeFirst();

export const findRuleForUpdate = (db: Kysely<DB>, id: string) =>
  db.selectFrom('role_compatibility_rule').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const insertRule = (db: Kysely<DB>, row: Insertable<RoleCompatibilityRule>) =>
  db.insertInto('role_compatibility_rule').values(row).returningAll().executeTakeFirstOrThrow();

export const updateRule = (db: Kysely<DB>, id: string, changes: Partial<CompatibilityRuleRow>) =>
  db
    .updateTable('role_compatibility_rule')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
