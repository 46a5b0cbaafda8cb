import type { Audience } from '@saimnieks/contracts/services';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import type { RecipientGroup, RecipientNeed } from '../../platform/db/schema.ts';

export type GroupRow = Selectable<RecipientGroup>;
export type NeedRow = Selectable<RecipientNeed>;

/** A group with where its organisation sits in the tree and what it is called. */
export type GroupView = GroupRow & {
  organisation_name_lv: string;
  organisation_name_en: string | null;
  organisation_path: string[];
};

/** A service as a need shows it: what to call it, and where its holder sits (for who may see it). */
export interface ServicePlace {
  id: string;
  identifier: string;
  holder_id: string;
  holder_path: string[];
  title_lv: string | null;
  title_en: string | null;
}

export interface GroupFilter {
  /** Groups of organisations inside this organisation's subtree. */
  organisationWithin?: string | undefined;
  audience?: Audience | undefined;
  lifeEvent?: string | undefined;
  archived?: boolean | undefined;
  q?: string | undefined;
  /** Only groups of organisations inside one of these subtrees; undefined means no limit. */
  withinAnyOf?: string[] | undefined;
}

const groupViews = (db: Kysely<DB>) =>
  db
    .selectFrom('recipient_group')
    .innerJoin('organisation', 'organisation.id', 'recipient_group.organisation_id')
    .selectAll('recipient_group')
    .select([
      'organisation.name_lv as organisation_name_lv',
      'organisation.name_en as organisation_name_en',
      'organisation.ancestor_ids as organisation_path',
    ]);

export const findGroupView = (db: Kysely<DB>, id: string): Promise<GroupView | undefined> =>
  groupViews(db).where('recipient_group.id', '=', id).executeTakeFirst();

/** Locks the group for the rest of the transaction: changes to it and to its needs queue up. */
export const lockGroup = (db: Kysely<DB>, id: string) =>
  db.selectFrom('recipient_group').select('id').where('id', '=', id).forUpdate().executeTakeFirst();

export const insertGroup = (db: Kysely<DB>, row: Insertable<RecipientGroup>) =>
  db.insertInto('recipient_group').values(row).returning('id').executeTakeFirstOrThrow();

export const updateGroup = (db: Kysely<DB>, id: string, changes: Partial<GroupRow>) =>
  db
    .updateTable('recipient_group')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();

export async function listGroupViews(
  db: Kysely<DB>,
  filter: GroupFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: GroupView[]; total: number }> {
  let query = groupViews(db);
  const { withinAnyOf, organisationWithin, lifeEvent, q } = filter;
  if (withinAnyOf) query = query.where(sql<boolean>`organisation.ancestor_ids && ${sql.val(withinAnyOf)}::uuid[]`);
  if (organisationWithin) {
    query = query.where(sql<boolean>`organisation.ancestor_ids @> array[${organisationWithin}]::uuid[]`);
  }
  if (filter.audience) query = query.where('recipient_group.audience', '=', filter.audience);
  if (filter.archived !== undefined) query = query.where('recipient_group.archived', '=', filter.archived);
  if (lifeEvent) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('recipient_need')
          .select('recipient_need.id')
          .whereRef('recipient_need.group_id', '=', 'recipient_group.id')
          .where(sql<boolean>`recipient_need.life_events @> array[${lifeEvent}]::text[]`),
      ),
    );
  }
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('recipient_group.name_lv', 'ilike', pattern),
        eb('recipient_group.name_en', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('recipient_need')
            .select('recipient_need.id')
            .whereRef('recipient_need.group_id', '=', 'recipient_group.id')
            .where((need) =>
              need.or([
                need('recipient_need.text_lv', 'ilike', pattern),
                need('recipient_need.text_en', 'ilike', pattern),
              ]),
            ),
        ),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .orderBy('organisation.name_lv')
      .orderBy('recipient_group.name_lv')
      .orderBy('recipient_group.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The needs of the groups, most important first, then in the order they were added. */
export const findNeedsOfGroups = async (db: Kysely<DB>, groupIds: string[]): Promise<NeedRow[]> =>
  groupIds.length === 0
    ? []
    : db
        .selectFrom('recipient_need')
        .selectAll()
        .where('group_id', 'in', groupIds)
        .orderBy(sql`array_position(array['high', 'medium', 'low'], importance)`)
        .orderBy('created_at')
        .orderBy('id')
        .execute();

export const findNeed = (db: Kysely<DB>, groupId: string, needId: string) =>
  db
    .selectFrom('recipient_need')
    .selectAll()
    .where('id', '=', needId)
    .where('group_id', '=', groupId)
    .executeTakeFirst();

export const insertNeed = (db: Kysely<DB>, row: Insertable<RecipientNeed>) =>
  db.insertInto('recipient_need').values(row).returningAll().executeTakeFirstOrThrow();

export const updateNeed = (db: Kysely<DB>, id: string, changes: Partial<NeedRow>) =>
  db
    .updateTable('recipient_need')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const deleteNeed = (db: Kysely<DB>, id: string) =>
  db.deleteFrom('recipient_need').where('id', '=', id).execute();

/** The services linked to each of the needs. */
export const findNeedServiceLinks = async (db: Kysely<DB>, needIds: string[]) =>
  needIds.length === 0
    ? []
    : db
        .selectFrom('recipient_need_service')
        .select(['need_id', 'service_id'])
        .where('need_id', 'in', needIds)
        .execute();

/** Makes the need's links exactly these services. */
export async function replaceNeedServices(db: Kysely<DB>, needId: string, serviceIds: string[]) {
  await db.deleteFrom('recipient_need_service').where('need_id', '=', needId).execute();
  if (serviceIds.length === 0) return;
  await db
    .insertInto('recipient_need_service')
    .values(serviceIds.map((serviceId) => ({ need_id: needId, service_id: serviceId })))
    .execute();
}

/** The services with these ids that exist, titled by their published description, else the one being worked on. */
export const findServicePlaces = async (db: Kysely<DB>, ids: string[]): Promise<ServicePlace[]> =>
  ids.length === 0
    ? []
    : db
        .selectFrom('service')
        .innerJoin('organisation as holder', 'holder.id', 'service.holder_id')
        .leftJoin('service_description as published', (join) =>
          join
            .onRef('published.service_id', '=', 'service.id')
            .onRef('published.number', '=', 'service.published_number'),
        )
        .leftJoin('service_description as working', (join) =>
          join
            .onRef('working.service_id', '=', 'service.id')
            .on('working.status', 'in', ['draft', 'in_review', 'approved']),
        )
        .select((eb) => [
          'service.id',
          'service.identifier',
          'service.holder_id',
          'holder.ancestor_ids as holder_path',
          eb.fn.coalesce('published.title_lv', 'working.title_lv').as('title_lv'),
          eb.fn.coalesce('published.title_en', 'working.title_en').as('title_en'),
        ])
        .where('service.id', 'in', ids)
        .orderBy('service.identifier')
        .execute();

/** The needs a service meets, with their groups, in organisations inside the given subtrees (undefined: all). */
export const findNeedsOfService = (db: Kysely<DB>, serviceId: string, withinAnyOf: string[] | undefined) => {
  let query = db
    .selectFrom('recipient_need_service')
    .innerJoin('recipient_need', 'recipient_need.id', 'recipient_need_service.need_id')
    .innerJoin('recipient_group', 'recipient_group.id', 'recipient_need.group_id')
    .innerJoin('organisation', 'organisation.id', 'recipient_group.organisation_id')
    .selectAll('recipient_need')
    .where('recipient_need_service.service_id', '=', serviceId);
  if (withinAnyOf) query = query.where(sql<boolean>`organisation.ancestor_ids && ${sql.val(withinAnyOf)}::uuid[]`);
  return query
    .orderBy('organisation.name_lv')
    .orderBy('recipient_group.name_lv')
    .orderBy(sql`array_position(array['high', 'medium', 'low'], recipient_need.importance)`)
    .orderBy('recipient_need.created_at')
    .execute();
};

export const findGroupViews = async (db: Kysely<DB>, ids: string[]): Promise<GroupView[]> =>
  ids.length === 0 ? [] : groupViews(db).where('recipient_group.id', 'in', ids).execute();
