import type { CatalogueQuery } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';

export type CatalogueFilter = Omit<CatalogueQuery, 'q' | 'lang' | 'limit' | 'offset'> & {
  /** A `to_tsquery('simple', …)` of stem prefixes (platform/search); undefined lists everything. */
  stemQuery?: string | undefined;
};

const FILTER_NAMES = [
  'lifeEvent',
  'businessEvent',
  'audience',
  'channel',
  'municipality',
  'institution',
] as const satisfies readonly Exclude<keyof CatalogueFilter, 'stemQuery'>[];
type FilterName = (typeof FILTER_NAMES)[number];

/** Each filter of a query as a condition on `entry`, by name; undefined for a filter not asked for. */
function filterConditions(filter: CatalogueFilter): Record<FilterName, RawBuilder<boolean> | undefined> {
  const contains = (column: string, value: string | undefined) =>
    value === undefined ? undefined : sql<boolean>`${sql.ref(column)} @> array[${value}]::text[]`;
  return {
    lifeEvent: contains('entry.life_events', filter.lifeEvent),
    businessEvent: contains('entry.business_events', filter.businessEvent),
    audience: contains('entry.audience', filter.audience),
    channel: contains('entry.channel_types', filter.channel),
    municipality:
      filter.municipality === undefined
        ? undefined
        : sql<boolean>`(entry.nationwide or entry.municipalities @> array[${filter.municipality}]::text[])`,
    institution: filter.institution === undefined ? undefined : sql<boolean>`entry.holder_id = ${filter.institution}`,
  };
}

const wordsCondition = (filter: CatalogueFilter) =>
  filter.stemQuery === undefined ? undefined : sql<boolean>`entry.search @@ ${tsQuery(filter.stemQuery)}`;

/** The catalogue's entries that match a filter, without an order. */
function matching(db: Kysely<DB>, filter: CatalogueFilter) {
  let query = db.selectFrom('catalogue_entry as entry');
  for (const condition of [wordsCondition(filter), ...Object.values(filterConditions(filter))]) {
    if (condition !== undefined) query = query.where(condition);
  }
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

export type FacetName =
  | 'lifeEvent'
  | 'businessEvent'
  | 'audience'
  | 'channel'
  | 'municipality'
  | 'nationwide'
  | 'institution'
  | 'total';

export interface FacetRow {
  facet: FacetName;
  /** The code counted, the holder's id for `institution`, null for `nationwide` and `total`. */
  code: string | null;
  count: number;
  /** The holder's names, for `institution` only. */
  name_lv: string | null;
  name_en: string | null;
}

/**
 * The facets of a query in one statement: the entries that match its words are read once, with
 * whether each filter holds, then counted per value of each array column (unnested) and per
 * holder. Each facet leaves out its own filter, so that the count beside a value is what choosing
 * that value instead would find.
 */
export async function findCatalogueFacets(db: Kysely<DB>, filter: CatalogueFilter): Promise<FacetRow[]> {
  const conditions = filterConditions(filter);
  const asked = FILTER_NAMES.flatMap((name) => {
    const condition = conditions[name];
    return condition === undefined ? [] : [{ name, condition, column: `holds_${name}` }];
  });
  const allBut = (own?: FilterName) => {
    const others = asked.filter(({ name }) => name !== own).map(({ column }) => sql.ref(`entry.${column}`));
    return others.length === 0 ? sql<boolean>`true` : sql.join(others, sql` and `);
  };
  const columns = [
    sql`service_id, holder_id, audience, life_events, business_events, channel_types, nationwide, municipalities`,
    ...asked.map(({ condition, column }) => sql`${condition} as ${sql.id(column)}`),
  ];
  // unnest() in the select list, not as a lateral join, takes half the time on 10,000 services. The
  // arrays hold no repeats (the description's schema refuses them), so a row counts once per code.
  const perCode = (facet: FacetName, column: string, own: FilterName) => sql`
    select ${sql.lit(facet)}, unnest(${sql.ref(`entry.${column}`)}) as code, count(*), null, null
    from matching as entry
    where ${allBut(own)}
    group by code`;
  const { rows } = await sql<FacetRow>`
    with matching as materialized (
      select ${sql.join(columns)}
      from catalogue_entry as entry
      where ${wordsCondition(filter) ?? sql`true`}
    )
    select 'total' as facet, null::text as code, count(*) as count, null::text as name_lv, null::text as name_en
    from matching as entry where ${allBut()}
    union all ${perCode('lifeEvent', 'life_events', 'lifeEvent')}
    union all ${perCode('businessEvent', 'business_events', 'businessEvent')}
    union all ${perCode('audience', 'audience', 'audience')}
    union all ${perCode('channel', 'channel_types', 'channel')}
    union all ${perCode('municipality', 'municipalities', 'municipality')}
    union all
    select 'nationwide', null, count(*), null, null
    from matching as entry where entry.nationwide and ${allBut('municipality')}
    union all
    select 'institution', holder.id::text, counted.count, holder.name_lv, holder.name_en
    from (
      select entry.holder_id, count(*) as count from matching as entry where ${allBut('institution')}
      group by entry.holder_id
    ) as counted
      join organisation as holder on holder.id = counted.holder_id`.execute(db);
  return rows;
}

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
