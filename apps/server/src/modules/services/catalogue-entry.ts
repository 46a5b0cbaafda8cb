import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import type { CodeListEntry } from '@saimnieks/contracts/reference/code-list';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { THEMES } from '@saimnieks/contracts/reference/themes';
import { ServiceDescriptionContent } from '@saimnieks/contracts/services';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import { foldText, indexText } from '../../platform/search/latvian-text.ts';

/**
 * Brings the catalogue's row of a service up to date with the service and its published
 * description, or removes it when the service is not in the catalogue (nothing published yet,
 * or liquidated). Call it in the transaction of every change to what the catalogue shows.
 */
export async function writeCatalogueEntry(trx: Kysely<DB>, serviceId: string): Promise<void> {
  const shown = await trx
    .selectFrom('service')
    .innerJoin('service_description as published', (join) =>
      join.onRef('published.service_id', '=', 'service.id').onRef('published.number', '=', 'service.published_number'),
    )
    .select([
      'service.id',
      'service.identifier',
      'service.holder_id',
      'service.kind',
      'published.number',
      'published.content',
      'published.published_at',
      'published.updated_at',
    ])
    .where('service.id', '=', serviceId)
    .where('service.stage', '<>', 'liquidation')
    .executeTakeFirst();
  if (!shown) {
    await trx.deleteFrom('catalogue_entry').where('service_id', '=', serviceId).execute();
    return;
  }

  const content = ServiceDescriptionContent.parse(shown.content);
  const labels = (list: readonly CodeListEntry[], codes: readonly string[]) =>
    list.filter((entry) => codes.includes(entry.code)).flatMap((entry) => [entry.lv, entry.en]);
  const weighted = {
    a: indexText([content.title.lv, content.title.en]),
    b: indexText([
      shown.identifier,
      content.shortDescription.lv,
      content.shortDescription.en,
      ...content.keywords.lv,
      ...content.keywords.en,
    ]),
    c: indexText([
      content.description.lv,
      content.description.en,
      ...labels(LIFE_EVENTS, content.lifeEvents),
      ...labels(BUSINESS_EVENTS, content.businessEvents),
      ...labels(THEMES, content.themes),
    ]),
  };
  // The holder's name is not indexed: it can change without the service changing. Searching by
  // institution is the `institution` filter.
  const entry = {
    service_id: shown.id,
    identifier: shown.identifier,
    holder_id: shown.holder_id,
    title_lv: content.title.lv,
    title_en: content.title.en,
    short_description_lv: content.shortDescription.lv,
    short_description_en: content.shortDescription.en,
    sort_title_lv: foldText(content.title.lv),
    sort_title_en: foldText(content.title.en ?? content.title.lv),
    kind: shown.kind,
    audience: content.audience,
    life_events: content.lifeEvents,
    business_events: content.businessEvents,
    channel_types: [...new Set(content.channels.map((channel) => channel.type))],
    nationwide: content.spatialCoverage.nationwide,
    municipalities: content.spatialCoverage.municipalities,
    search: sql<string>`setweight(to_tsvector('simple', ${weighted.a}), 'A')
      || setweight(to_tsvector('simple', ${weighted.b}), 'B')
      || setweight(to_tsvector('simple', ${weighted.c}), 'C')`,
    published_number: shown.number,
    published_at: shown.published_at ?? shown.updated_at,
  };
  await trx
    .insertInto('catalogue_entry')
    .values(entry)
    .onConflict((conflict) => conflict.column('service_id').doUpdateSet(entry))
    .execute();
}
