import type { OrganisationKind } from '@saimnieks/contracts/organisations';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import type { Organisation } from '../../platform/db/schema.ts';

export type OrganisationRow = Selectable<Organisation>;

export interface OrganisationFilter {
  parentId?: string | undefined;
  kind?: OrganisationKind | undefined;
  status?: 'active' | 'archived' | undefined;
  q?: string | undefined;
  /** Only organisations inside one of these subtrees; undefined means no limit. */
  withinAnyOf?: string[] | undefined;
}

export const findOrganisation = (db: Kysely<DB>, id: string) =>
  db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();

/** Locks the row for the rest of the transaction, so concurrent changes queue up. */
export const findOrganisationForUpdate = (db: Kysely<DB>, id: string) =>
  db.selectFrom('organisation').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const insertOrganisation = (db: Kysely<DB>, row: Omit<OrganisationRow, 'status' | 'version'>) =>
  db.insertInto('organisation').values(row).returningAll().executeTakeFirstOrThrow();

export const updateOrganisation = (db: Kysely<DB>, id: string, changes: Partial<OrganisationRow>) =>
  db
    .updateTable('organisation')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

/** Moves a subtree: every descendant's path swaps the old ancestors of the moved node for the new. */
export const rewriteDescendantPaths = (db: Kysely<DB>, id: string, oldPrefix: string[], newPrefix: string[]) =>
  db
    .updateTable('organisation')
    .set({
      ancestor_ids: sql`${sql.val(newPrefix)}::uuid[] || ancestor_ids[${oldPrefix.length + 1}:]`,
    })
    .where(sql<boolean>`ancestor_ids @> array[${id}]::uuid[]`)
    .where('id', '<>', id)
    .execute();

export const countActiveChildren = async (db: Kysely<DB>, id: string) =>
  Number(
    (
      await db
        .selectFrom('organisation')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('parent_id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow()
    ).n,
  );

/**
 * Services not liquidated held anywhere in the subtree. It reads the services module's table
 * directly: that module depends on this one, so asking it through its index would be a cycle.
 */
export const countLiveServicesWithin = async (db: Kysely<DB>, id: string) =>
  Number(
    (
      await db
        .selectFrom('service')
        .innerJoin('organisation', 'organisation.id', 'service.holder_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where(sql<boolean>`organisation.ancestor_ids @> array[${id}]::uuid[]`)
        .where('service.stage', '<>', 'liquidation')
        .executeTakeFirstOrThrow()
    ).n,
  );

export async function listOrganisations(
  db: Kysely<DB>,
  filter: OrganisationFilter,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('organisation');
  if (filter.parentId) query = query.where('parent_id', '=', filter.parentId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('name_lv', 'ilike', pattern),
        eb('name_en', 'ilike', pattern),
        eb('short_name', 'ilike', pattern),
        eb('registration_number', 'like', pattern),
      ]),
    );
  }
  if (filter.withinAnyOf) {
    query = query.where(sql<boolean>`ancestor_ids && ${sql.val(filter.withinAnyOf)}::uuid[]`);
  }
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('name_lv').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The organisation and everything under it, parents before children. */
export const findSubtree = (db: Kysely<DB>, id: string) =>
  db
    .selectFrom('organisation')
    .selectAll()
    .where(sql<boolean>`ancestor_ids @> array[${id}]::uuid[]`)
    .orderBy(sql`cardinality(ancestor_ids)`)
    .orderBy('name_lv')
    .execute();

export const findStateOrganisation = (db: Kysely<DB>) =>
  db.selectFrom('organisation').selectAll().where('kind', '=', 'state').executeTakeFirst();
