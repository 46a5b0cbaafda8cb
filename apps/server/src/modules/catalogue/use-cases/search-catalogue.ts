import type { CatalogueFacetQuery, CatalogueQuery, CatalogueSearchResult } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/database.ts';
import { prefixQuery } from '../../../platform/search/latvian-text.ts';
import { toCatalogueItem } from '../catalogue.mapper.ts';
import { type CatalogueFilter, catalogueSearch } from '../catalogue.repository.ts';

/**
 * The filter a catalogue query stands for: its words as stem prefixes. Null when the words hold
 * nothing to search for (only punctuation or stop words), which nothing matches.
 */
export function catalogueFilterOf(query: CatalogueFacetQuery): CatalogueFilter | null {
  const { q, lifeEvent, businessEvent, institution, audience, channel, municipality } = query;
  const filters = { lifeEvent, businessEvent, institution, audience, channel, municipality };
  if (q === undefined) return filters;
  const stemQuery = prefixQuery(q);
  return stemQuery === null ? null : { ...filters, stemQuery };
}

/** Searching the public catalogue: anyone may, and it shows only what is published. */
export function makeSearchCatalogue({ db }: { db: Kysely<DB> }) {
  return async (query: CatalogueQuery, language: Language): Promise<CatalogueSearchResult> => {
    const { limit, offset } = query;
    const filter = catalogueFilterOf(query);
    if (filter === null) return { items: [], total: 0, limit, offset };
    const search = catalogueSearch(db, filter, { limit, offset }, language);
    const [rows, count] = await Promise.all([search.page.execute(), search.count.executeTakeFirstOrThrow()]);
    return { items: rows.map((row) => toCatalogueItem(row, language)), total: count.total, limit, offset };
  };
}
