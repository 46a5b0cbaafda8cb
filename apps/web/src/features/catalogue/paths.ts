import { type CatalogueSearch, paramsFromSearch } from './lib/catalogue-query.ts';

/** The public catalogue: the search (its words and filters in the address), browsing by life event, a service. */
export const cataloguePaths = {
  search: '/catalogue',
  lifeEvents: '/catalogue/life-events',
  service: (id: string) => `/catalogue/services/${encodeURIComponent(id)}`,
  /** A search with these words or filters, from its first page. */
  searchFor: (search: Omit<Partial<CatalogueSearch>, 'page'>) => {
    const params = paramsFromSearch(search);
    return params.size > 0 ? `/catalogue?${params}` : '/catalogue';
  },
};
