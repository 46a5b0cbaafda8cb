import type { CatalogueQuery } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';

export type CatalogueFilter = Omit<CatalogueQuery, 'q' | 'lang' | 'limit' | 'offset'> & {
  /** A `to_tsquery('simple', …)` of stem prefixes (platform/search); undefined lists everything. */
  stemQuery?: string | undefined;
};

/** The catalogue's entries that match a filter, without an order. */
function matching(db: Kysely<DB>, filter: CatalogueFilter) {
  const contains = (column: string, value: string | undefined) =>
    value === undefined ? undefined : sql<boolean>`${sql.ref(column)} @> array[${value}]::text[]`;
  const conditions = [
    filter.stemQuery === undefined ? undefined : sql<boolean>`entry.search @@ ${tsQuery(filter.stemQuery)}`,
    contains('entry.life_events', filter.lifeEvent),
    contains('entry.business_events', filter.businessEvent),
    contains('entry.audience', filter.audience),
    contains('entry.channel_types', filter.channel),
    filter.municipality === undefined
      ? undefined
      : sql<boolean>`(entry.nationwide or entry.municipalities @> array[${filter.municipality}]::text[])`,
  ].filter((condition) => condition !== undefined);
  let query = db.selectFrom('catalogue_entry as entry');
  for (const condition of conditions) query = query.where(condition);
  if (filter.institution !== undefined) query = query.where('entry.holder_id', '=', filter.institution);
  return query;
}

const tsQuery = (stemQuery: string) => sql`to_tsquery('simple', ${stemQuery})`;

/**
 * The statements of one search: a page of the catalogue, best match first (by title when no words
 * are searched), and how many entries match on all pages. Two statements, because a count over
 * the window would make a page of titles walk every entry; the benchmark runs these very two
 * through `pg`.
 */
export function catalogueSearch(
  db: Kysely<DB>,
  filter: CatalogueFilter,
  page: { limit: number; offset: number },
  language: Language,
) {
  let rows = matching(db, filter)
    .innerJoin('organisation as holder', 'holder.id', 'entry.holder_id')
    .select([
      'entry.service_id',
      'entry.identifier',
      'entry.title_lv',
      'entry.title_en',
      'entry.short_description_lv',
      'entry.short_description_en',
      'entry.holder_id',
      'holder.name_lv as holder_name_lv',
      'holder.name_en as holder_name_en',
      'entry.kind',
      'entry.audience',
      'entry.life_events',
      'entry.channel_types',
      'entry.nationwide',
      'entry.municipalities',
    ]);
  if (filter.stemQuery !== undefined) {
    rows = rows.orderBy(sql`ts_rank(entry.search, ${tsQuery(filter.stemQuery)})`, 'desc');
  }
  const sortTitle = language === 'en' ? sql.ref('entry.sort_title_en') : sql.ref('entry.sort_title_lv');
  return {
    page: rows.orderBy(sql`${sortTitle} collate "C"`).orderBy('entry.service_id').limit(page.limit).offset(page.offset),
    count: matching(db, filter).select((eb) => eb.fn.countAll<number>().as('total')),
  };
}

export type CatalogueRow = Awaited<ReturnType<ReturnType<typeof catalogueSearch>['page']['execute']>>[number];

/** A service the catalogue shows (published, not liquidated), with its published description. */
export const findCatalogueService = (db: Kysely<DB>, id: string) =>
  db
    .selectFrom('service')
    .innerJoin('service_description as published', (join) =>
      join.onRef('published.service_id', '=', 'service.id').onRef('published.number', '=', 'service.published_number'),
    )
    .innerJoin('organisation as holder', 'holder.id', 'service.holder_id')
    .select([
      'service.id',
      'service.identifier',
      'service.kind',
      'service.stage',
      'service.holder_id',
      'holder.name_lv as holder_name_lv',
      'holder.name_en as holder_name_en',
      'published.number',
      'published.content',
      'published.published_at',
      'published.updated_at',
    ])
    .where('service.id', '=', id)
    .where('service.stage', '<>', 'liquidation')
    .executeTakeFirst();

export const findOrganisationNames = (db: Kysely<DB>, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('organisation').select(['id', 'name_lv', 'name_en']).where('id', 'in', ids).execute();

/** Those of the given services that the catalogue shows, with their identifiers and titles. */
export const findCatalogueLinks = (db: Kysely<DB>, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('catalogue_entry')
        .select(['service_id', 'identifier', 'title_lv', 'title_en'])
        .where('service_id', 'in', ids)
        .execute();
