import { cpsvApRoutes, type PORTFOLIO_EXPORT_FORMATS } from '@saimnieks/contracts/cpsv-ap';
import type { Language } from '@saimnieks/contracts/language';
import { ServiceQuery } from '@saimnieks/contracts/services';
import type { z } from 'zod';

type Query = z.input<typeof ServiceQuery>;

/** What the portfolio is filtered by; the same set feeds the board, the table and the downloads. */
export type PortfolioFilter = Pick<Query, 'q' | 'holder' | 'stage' | 'kind' | 'priority' | 'reviewOverdue'>;

export const FILTER_NAMES = [
  'q',
  'holder',
  'stage',
  'kind',
  'priority',
  'reviewOverdue',
] as const satisfies readonly (keyof PortfolioFilter)[];

/**
 * The filters in an address. A value the API would refuse (a stage that does not exist, from an old or edited link)
 * is left out rather than failing the whole page.
 */
export function filterFromParams(params: URLSearchParams): PortfolioFilter {
  const filter: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const parsed = ServiceQuery.shape[name].safeParse(params.get(name) ?? undefined);
    if (parsed.success && parsed.data !== undefined) filter[name] = parsed.data;
  }
  return filter as PortfolioFilter;
}

/** The address's search part for a filter and a page: empty filters and the first page are left out. */
export function paramsOfFilter(filter: PortfolioFilter, offset = 0): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = filter[name]?.trim();
    if (value) params[name] = value;
  }
  if (offset > 0) params.offset = String(offset);
  return params;
}

export type ExportFormat = (typeof PORTFOLIO_EXPORT_FORMATS)[number];

/** The download of the filtered portfolio: the same filters as the list, every page, in the UI language. */
export function exportUrl(filter: PortfolioFilter, format: ExportFormat, lang: Language): string {
  return `${cpsvApRoutes.portfolioExport.path}?${new URLSearchParams({ format, ...paramsOfFilter(filter), lang })}`;
}
