import { z } from 'zod';
import { BusinessEventCode } from './reference/business-events.ts';
import { LifeEventCode } from './reference/life-events.ts';
import { AtuCode } from './reference/municipalities.ts';
import { defineRoute } from './route.ts';
import {
  Audience,
  ChannelType,
  CpsvStatus,
  OrganisationRef,
  ParticipationRole,
  ServiceDescriptionContent,
  ServiceKind,
  Stage,
} from './services.ts';

// The public catalogue: published descriptions of services that are not liquidated, for anyone.

const Texts = z.object({ lv: z.string(), en: z.string().nullable() });

export const CatalogueItem = z
  .object({
    id: z.uuid(),
    identifier: z.string(),
    title: z.string().describe('In the requested language, Latvian when there is no English one'),
    shortDescription: z.string(),
    holder: OrganisationRef,
    kind: ServiceKind,
    audience: z.array(Audience),
    lifeEvents: z.array(LifeEventCode),
    channelTypes: z.array(ChannelType),
    nationwide: z.boolean(),
    municipalities: z.array(AtuCode),
  })
  .meta({ id: 'CatalogueItem' });
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const CatalogueSearchResult = z
  .object({
    items: z.array(CatalogueItem),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'CatalogueSearchResult' });
export type CatalogueSearchResult = z.infer<typeof CatalogueSearchResult>;

const ServiceLink = z.object({ id: z.uuid(), identifier: z.string(), title: z.string() });

export const CatalogueService = z
  .object({
    id: z.uuid(),
    identifier: z.string(),
    title: z.string(),
    titles: Texts,
    shortDescription: z.string(),
    descriptionHtml: z
      .string()
      .describe(
        "The full description rendered from Markdown and sanitised; the author's headings start at h3, under the page's h2",
      ),
    kind: ServiceKind,
    stage: Stage,
    cpsvStatus: CpsvStatus,
    holder: OrganisationRef,
    providers: z.array(z.object({ organisation: OrganisationRef, role: ParticipationRole })),
    content: ServiceDescriptionContent.describe('The published description as entered'),
    relatedServices: z.array(ServiceLink).describe('Published related services only'),
    requiredServices: z.array(ServiceLink).describe('Published required services only'),
    publishedVersion: z.number().int(),
    publishedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'CatalogueService' });
export type CatalogueService = z.infer<typeof CatalogueService>;

export const CatalogueQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Words to find; Latvian diacritics and word endings do not matter'),
  lifeEvent: LifeEventCode.optional(),
  businessEvent: BusinessEventCode.optional(),
  institution: z.uuid().optional().describe('The holder institution'),
  audience: Audience.optional(),
  channel: ChannelType.optional(),
  municipality: AtuCode.optional().describe('Services available there: nationwide or covering it'),
  lang: z.enum(['lv', 'en']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuery>;

/** What the facets count: the services a search would find, on every page. */
export const CatalogueFacetQuery = CatalogueQuery.omit({ limit: true, offset: true });
export type CatalogueFacetQuery = z.infer<typeof CatalogueFacetQuery>;

const count = z.number().int().min(0);
const countsOf = <Code extends z.ZodType>(code: Code) =>
  z.array(z.object({ code, count })).describe('Most services first; codes without services are left out');

export const CatalogueFacets = z
  .object({
    total: count.describe('Services that match the whole query'),
    lifeEvents: countsOf(LifeEventCode),
    businessEvents: countsOf(BusinessEventCode),
    audiences: countsOf(Audience),
    channelTypes: countsOf(ChannelType),
    municipalities: countsOf(AtuCode).describe(
      'Services that name the municipality in their coverage; nationwide ones are counted in `nationwide` only, ' +
        'so the municipality filter finds the sum of the two',
    ),
    nationwide: count.describe('Services available in the whole country'),
    institutions: z
      .array(z.object({ id: z.uuid(), name: z.string().describe('In the requested language, else Latvian'), count }))
      .describe('Holder institutions with services, by name in Latvian alphabetical order'),
  })
  .describe(
    'How many services each filter value finds together with the rest of the query. A filter does not narrow the ' +
      'counts of its own values: each is the number of services choosing that value instead would find.',
  )
  .meta({ id: 'CatalogueFacets' });
export type CatalogueFacets = z.infer<typeof CatalogueFacets>;

const tags = ['Catalogue'];
export const catalogueRoutes = {
  search: defineRoute({
    method: 'GET',
    path: '/api/v1/catalogue/services',
    access: 'public',
    summary: 'Search the public catalogue of services',
    tags,
    querystring: CatalogueQuery,
    response: CatalogueSearchResult,
  }),
  facets: defineRoute({
    method: 'GET',
    path: '/api/v1/catalogue/facets',
    access: 'public',
    summary: 'How many services of a search each filter value finds',
    tags,
    querystring: CatalogueFacetQuery,
    response: CatalogueFacets,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/catalogue/services/:id',
    access: 'public',
    summary: 'One published service',
    tags,
    params: z.object({ id: z.uuid() }),
    querystring: z.object({ lang: z.enum(['lv', 'en']).optional() }),
    response: CatalogueService,
  }),
};
