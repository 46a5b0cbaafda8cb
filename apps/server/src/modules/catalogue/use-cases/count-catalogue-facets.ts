import type { CatalogueFacetQuery, CatalogueFacets } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/database.ts';
import { toCatalogueFacets } from '../catalogue.mapper.ts';
import { findCatalogueFacets } from '../catalogue.repository.ts';
import { catalogueFilterOf } from './search-catalogue.ts';

/**
 * How many published services each filter value finds with the rest of a query: the counts beside
 * the catalogue's filters and its life events, and the list of institutions to filter by.
 */
export function makeCountCatalogueFacets({ db }: { db: Kysely<DB> }) {
  return async (query: CatalogueFacetQuery, language: Language): Promise<CatalogueFacets> => {
    const filter = catalogueFilterOf(query);
    const rows = filter === null ? [] : await findCatalogueFacets(db, filter);
    return toCatalogueFacets(rows, language);
  };
}
