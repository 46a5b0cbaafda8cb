import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ServiceQuery } from './services.ts';

// Exchange of service descriptions: the catalogue as CPSV-AP 3.2.0 (JSON-LD or Turtle), the
// import of CPSV-AP documents, and the portfolio list as a spreadsheet.

export const CatalogueExportQuery = z.object({
  service: z.uuid().optional().describe('Only this service (and the published services it requires)'),
});

/** Any JSON-LD document: an object, or an array of node objects. */
export const JsonLdDocument = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .describe('A CPSV-AP 3.2.0 JSON-LD document, e.g. an export of this catalogue')
  .meta({ id: 'JsonLdDocument' });

export const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Check and report what would change without changing anything'),
});

export const ImportReport = z
  .object({
    dryRun: z.boolean(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    services: z.array(
      z.object({
        identifier: z.string(),
        title: z.string().describe('In Latvian, as the document gives it'),
        action: z.enum(['created', 'updated', 'unchanged']),
      }),
    ),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

export const PORTFOLIO_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const PortfolioExportQuery = ServiceQuery.omit({ limit: true, offset: true }).extend({
  format: z.enum(PORTFOLIO_EXPORT_FORMATS),
});
export type PortfolioExportQuery = z.infer<typeof PortfolioExportQuery>;

const tags = ['Exchange'];
export const cpsvApRoutes = {
  catalogue: defineRoute({
    method: 'GET',
    path: '/api/v1/catalogue/cpsv-ap',
    access: 'public',
    summary:
      'The published catalogue as CPSV-AP 3.2.0: JSON-LD (application/ld+json), or Turtle with Accept: text/turtle; streamed',
    tags,
    querystring: CatalogueExportQuery,
    response: z.unknown().describe('A CPSV-AP 3.2.0 document'),
  }),
  import: defineRoute({
    method: 'POST',
    path: '/api/v1/services/import',
    access: 'signed-in',
    summary:
      'Create or update services from a CPSV-AP JSON-LD document, all or nothing; 400 lists every error by service and property',
    tags,
    querystring: ImportQuery,
    body: JsonLdDocument,
    response: ImportReport,
  }),
  portfolioExport: defineRoute({
    method: 'GET',
    path: '/api/v1/services/export',
    access: 'signed-in',
    summary: 'The portfolio list the caller may see, with the filters of the list, as CSV (UTF-8) or XLSX',
    tags,
    querystring: PortfolioExportQuery,
    response: z.unknown().describe('A CSV or XLSX file'),
  }),
};
