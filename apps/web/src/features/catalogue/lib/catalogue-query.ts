import type { CatalogueQuery } from '@saimnieks/contracts/catalogue';
import type { Language } from '@saimnieks/contracts/language';
import { BusinessEventCode } from '@saimnieks/contracts/reference/business-events';
import { LifeEventCode } from '@saimnieks/contracts/reference/life-events';
import { AtuCode } from '@saimnieks/contracts/reference/municipalities';
import { Audience, ChannelType } from '@saimnieks/contracts/services';
import { z } from 'zod';

/** What a catalogue search asks: the words, the filters and the page (from 1), as the address keeps them. */
export interface CatalogueSearch {
  q?: string;
  lifeEvent?: LifeEventCode;
  businessEvent?: BusinessEventCode;
  institution?: string;
  audience?: Audience;
  channel?: ChannelType;
  municipality?: AtuCode;
  page: number;
}

export type CatalogueFilterName = Exclude<keyof CatalogueSearch, 'q' | 'page'>;

/** The filters in the order of the form and of the address. */
export const FILTER_NAMES = [
  'lifeEvent',
  'businessEvent',
  'audience',
  'channel',
  'institution',
  'municipality',
] as const satisfies readonly CatalogueFilterName[];

export const PAGE_SIZE = 20;
/** The API pages at most 10,000 results deep. */
const MAX_OFFSET = 10_000;
const MAX_QUERY_LENGTH = 200;

const filterSchemas = {
  lifeEvent: LifeEventCode,
  businessEvent: BusinessEventCode,
  audience: Audience,
  channel: ChannelType,
  institution: z.uuid(),
  municipality: AtuCode,
} satisfies Record<CatalogueFilterName, z.ZodType<string>>;

const lastPage = Math.floor(MAX_OFFSET / PAGE_SIZE) + 1;

/**
 * The search an address asks for. A link that was edited by hand or outlived a code list still opens: a value
 * the API would refuse is left out rather than answered with an error.
 */
export function searchFromParams(params: URLSearchParams): CatalogueSearch {
  const q = params.get('q')?.trim().slice(0, MAX_QUERY_LENGTH);
  const page = Number(params.get('page'));
  const search: CatalogueSearch = {
    ...(q ? { q } : {}),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, lastPage) : 1,
  };
  for (const name of FILTER_NAMES) {
    const parsed = filterSchemas[name].safeParse(params.get(name));
    if (parsed.success) Object.assign(search, { [name]: parsed.data });
  }
  return search;
}

/** The address of a search: only what is set, in a fixed order, the first page without a number. */
export function paramsFromSearch(search: Partial<CatalogueSearch>): URLSearchParams {
  const params = new URLSearchParams();
  const q = search.q?.trim();
  if (q) params.set('q', q);
  for (const name of FILTER_NAMES) {
    const value = search[name];
    if (value) params.set(name, value);
  }
  if (search.page && search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The search as the API takes it. */
export function apiQueryOf(search: CatalogueSearch, lang: Language): z.input<typeof CatalogueQuery> {
  const { page, ...words } = search;
  return { ...words, lang, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}

/** How many filters (not words) narrow the search. */
export const activeFilterCount = (search: CatalogueSearch): number =>
  FILTER_NAMES.filter((name) => search[name] !== undefined).length;
