import type { CatalogueFacets } from '@saimnieks/contracts/catalogue';
import type { CatalogueFilterName } from './catalogue-query.ts';

/** How many services choosing this value of this filter would find, the rest of the search kept. */
export type FilterCount = (name: CatalogueFilterName, value: string) => number;

export function filterCountOf(facets: CatalogueFacets): FilterCount {
  const byCode = (entries: readonly { code: string; count: number }[]) =>
    new Map(entries.map(({ code, count }) => [code, count]));
  const counts: Record<CatalogueFilterName, ReadonlyMap<string, number>> = {
    lifeEvent: byCode(facets.lifeEvents),
    businessEvent: byCode(facets.businessEvents),
    audience: byCode(facets.audiences),
    channel: byCode(facets.channelTypes),
    institution: new Map(facets.institutions.map(({ id, count }) => [id, count])),
    municipality: byCode(facets.municipalities),
  };
  // The facets leave out values without services. A municipality has those of the whole country as well as its own.
  return (name, value) => (counts[name].get(value) ?? 0) + (name === 'municipality' ? facets.nationwide : 0);
}

const latvianOrder = new Intl.Collator('lv');

/** The institutions of several facet answers, each once, by name in Latvian alphabetical order. */
export function institutionsOf(...answers: readonly (CatalogueFacets | undefined)[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const answer of answers) for (const { id, name } of answer?.institutions ?? []) byId.set(id, name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => latvianOrder.compare(a.name, b.name));
}
