import { z } from 'zod';
import { BusinessEventCode } from './reference/business-events.ts';
import { ServiceLanguageCode } from './reference/languages.ts';
import { LifeEventCode } from './reference/life-events.ts';
import { AtuCode } from './reference/municipalities.ts';
import { ThemeCode } from './reference/themes.ts';
import { defineRoute } from './route.ts';

// ---------------------------------------------------------------------------------------------
// The portfolio attributes of a service (not versioned; audited).

export const ServiceKind = z
  .enum(['individual', 'general', 'inter_institutional'])
  .describe('Public service of individual benefit, of general benefit, or an inter-institutional service');
export type ServiceKind = z.infer<typeof ServiceKind>;

export const Priority = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof Priority>;

/** The six stages of the model's service lifecycle. */
export const STAGES = ['planning', 'creation', 'introduction', 'delivery', 'maintenance', 'liquidation'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/**
 * Which stage may follow which. Creation is also "adaptation", so a service in maintenance may go
 * back to it; every stage but liquidation may end in liquidation, which is final.
 */
export const TRANSITIONS: Record<Stage, Stage[]> = {
  planning: ['creation', 'liquidation'],
  creation: ['planning', 'introduction', 'liquidation'],
  introduction: ['creation', 'delivery', 'liquidation'],
  delivery: ['maintenance', 'liquidation'],
  maintenance: ['delivery', 'creation', 'liquidation'],
  liquidation: [],
};

/** CPSV-AP's status follows from the stage. */
export const CpsvStatus = z.enum(['under_development', 'active', 'inactive']);
export type CpsvStatus = z.infer<typeof CpsvStatus>;
export function cpsvStatusOf(stage: Stage): CpsvStatus {
  if (stage === 'delivery' || stage === 'maintenance') return 'active';
  if (stage === 'liquidation') return 'inactive';
  return 'under_development';
}

/** The checks a stage can demand before a service enters it; which stage demands which is data. */
export const GateRule = z.enum([
  'service_owner',
  'published_description',
  'channel',
  'legal_basis',
  'costs_stated',
  'contact_point',
  'review_current',
]);
export type GateRule = z.infer<typeof GateRule>;

export const Gates = z.object(
  Object.fromEntries(STAGES.map((stage) => [stage, z.array(GateRule)])) as {
    [S in Stage]: z.ZodArray<typeof GateRule>;
  },
);
export type Gates = z.infer<typeof Gates>;

// ---------------------------------------------------------------------------------------------
// The description: the CPSV-AP content of a service, versioned.

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).nullable().default(null);
/** A text in Latvian (required) and English (optional). */
const LocalText = (max: number) => z.object({ lv: text(max), en: optionalText(max) });
const OptionalLocalText = (max: number) => LocalText(max).nullable().default(null);
const WebAddress = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(1000);

/** ISO 8601 duration, e.g. P30D, PT2H, P1M15D. */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const Duration = z.string().regex(ISO_DURATION, { error: 'must be an ISO 8601 duration such as P30D or PT2H' });

export const Audience = z.enum(['natural_person', 'legal_person', 'public_authority']);
export type Audience = z.infer<typeof Audience>;

export const ChannelType = z.enum(['online', 'portal', 'office', 'phone', 'email', 'post', 'mobile_app']);
export type ChannelType = z.infer<typeof ChannelType>;
export const DIGITAL_CHANNELS: readonly ChannelType[] = ['online', 'portal', 'mobile_app'];

export const WcagLevel = z.enum(['none', 'A', 'AA', 'AAA']);

export const LegalAct = z.object({
  title: LocalText(500),
  url: WebAddress.nullable().default(null),
  article: optionalText(200).describe('The article, part or point, e.g. "5. pants, 2. daļa"'),
});
export type LegalAct = z.infer<typeof LegalAct>;

export const Channel = z
  .object({
    id: z.uuid().describe('Stable within the service; costs refer to channels by it'),
    type: ChannelType,
    name: OptionalLocalText(200),
    url: WebAddress.nullable().default(null),
    address: optionalText(300),
    phone: optionalText(40),
    email: z.email().max(254).nullable().default(null),
    openingHours: OptionalLocalText(500),
    processingTime: Duration.nullable().default(null),
    wcagLevel: WcagLevel.nullable().default(null).describe('Digital channels: the WCAG 2.1 conformance level'),
    physicalAccessibility: OptionalLocalText(1000).describe('Offices: access for people with reduced mobility'),
  })
  .superRefine((channel, ctx) => {
    const needs = (field: 'url' | 'address' | 'phone' | 'email', rule: string) => {
      if (channel[field] === null) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `a ${channel.type} channel needs ${field}`,
          params: { rule },
        });
      }
    };
    const digital = DIGITAL_CHANNELS.includes(channel.type);
    if (digital) needs('url', 'required_for_digital_channel');
    if (channel.type === 'office' || channel.type === 'post') needs('address', 'required_for_office_or_post');
    if (channel.type === 'phone') needs('phone', 'required_for_phone_channel');
    if (channel.type === 'email') needs('email', 'required_for_email_channel');
    if (!digital && channel.wcagLevel !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['wcagLevel'],
        message: 'only digital channels have a WCAG conformance level',
        params: { rule: 'digital_channels_only' },
      });
    }
    if (channel.type !== 'office' && channel.physicalAccessibility !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['physicalAccessibility'],
        message: 'only offices describe physical accessibility',
        params: { rule: 'offices_only' },
      });
    }
  });
export type Channel = z.infer<typeof Channel>;

export const CostKind = z.enum(['free', 'fee', 'state_duty']);
export const Cost = z
  .object({
    kind: CostKind,
    amount: z.number().min(0).max(1_000_000_000).multipleOf(0.01).describe('In euro, two decimals'),
    currency: z.literal('EUR', { error: 'amounts are in euro: the currency must be EUR' }),
    description: OptionalLocalText(500),
    channelIds: z.array(z.uuid()).default([]).describe('The channels this cost applies to; empty for all'),
    legalBasis: OptionalLocalText(500),
  })
  .superRefine((cost, ctx) => {
    if ((cost.kind === 'free') !== (cost.amount === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: cost.kind === 'free' ? 'a free service costs 0' : 'a fee or state duty has an amount above 0',
        params: { rule: 'amount_matches_kind' },
      });
    }
  });
export type Cost = z.infer<typeof Cost>;

const NamedItem = z.object({ name: LocalText(300), description: OptionalLocalText(2000) });

export const ContactPoint = z
  .object({
    email: z.email().max(254).nullable().default(null),
    phone: optionalText(40),
    url: WebAddress.nullable().default(null),
    openingHours: OptionalLocalText(500),
  })
  .refine((point) => point.email !== null || point.phone !== null || point.url !== null, {
    error: 'a contact point has an e-mail, a phone or an address on the web',
    params: { rule: 'contact_required' },
  });

export const ParticipationRole = z.enum(['provider', 'co_provider', 'intermediary', 'data_provider']);
export const Participation = z.object({
  organisationId: z.uuid(),
  role: ParticipationRole,
  description: OptionalLocalText(500),
});

const unique = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((items) => new Set(items).size === items.length, {
    error: 'values must not repeat',
    params: { rule: 'unique' },
  });

export const SpatialCoverage = z
  .object({
    nationwide: z.boolean(),
    municipalities: unique(AtuCode).default([]).describe('ATU codes; empty when nationwide'),
  })
  .refine((coverage) => coverage.nationwide === (coverage.municipalities.length === 0), {
    error: 'either the whole country or a list of municipalities',
    path: ['municipalities'],
    params: { rule: 'nationwide_or_municipalities' },
  });

export const ServiceDescriptionContent = z
  .object({
    title: LocalText(300),
    shortDescription: LocalText(1000),
    description: z
      .object({ lv: z.string().max(20_000).default(''), en: z.string().max(20_000).nullable().default(null) })
      .default({ lv: '', en: null })
      .describe('Markdown; raw HTML is shown as text, never run'),
    audience: unique(Audience).default([]),
    lifeEvents: unique(LifeEventCode).default([]),
    businessEvents: unique(BusinessEventCode).default([]),
    themes: unique(ThemeCode).default([]),
    keywords: z
      .object({ lv: z.array(text(100)).max(50).default([]), en: z.array(text(100)).max(50).default([]) })
      .default({ lv: [], en: [] }),
    languages: unique(ServiceLanguageCode).default(['lv']),
    spatialCoverage: SpatialCoverage.default({ nationwide: true, municipalities: [] }),
    legalBasis: z.array(LegalAct).max(100).default([]),
    channels: z.array(Channel).max(50).default([]),
    costs: z.array(Cost).max(100).default([]),
    inputs: z.array(NamedItem).max(100).default([]).describe('Documents and evidence the recipient provides'),
    outputs: z.array(NamedItem).max(50).default([]),
    requirements: z.array(NamedItem).max(100).default([]),
    rules: z.array(NamedItem).max(100).default([]),
    contactPoints: z.array(ContactPoint).max(20).default([]),
    providers: z.array(Participation).max(50).default([]),
    relatedServices: unique(z.uuid()).default([]),
    requiredServices: unique(z.uuid()).default([]),
  })
  .superRefine((content, ctx) => {
    const channelIds = new Set(content.channels.map((channel) => channel.id));
    if (channelIds.size !== content.channels.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['channels'],
        message: 'channel ids must not repeat',
        params: { rule: 'unique' },
      });
    }
    content.costs.forEach((cost, index) => {
      cost.channelIds.forEach((id, position) => {
        if (!channelIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['costs', index, 'channelIds', position],
            message: 'no channel of this service has this id',
            params: { rule: 'unknown_channel' },
          });
        }
      });
    });
  })
  .meta({ id: 'ServiceDescriptionContent' });
export type ServiceDescriptionContent = z.infer<typeof ServiceDescriptionContent>;
export type ServiceDescriptionInput = z.input<typeof ServiceDescriptionContent>;

export const DescriptionStatus = z.enum(['draft', 'in_review', 'approved', 'published', 'superseded']);
export type DescriptionStatus = z.infer<typeof DescriptionStatus>;

// ---------------------------------------------------------------------------------------------
// What the API answers.

const Timestamp = z.iso.datetime({ offset: true });
const Day = z.iso.date();
export const PersonRef = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'PersonRef' });
export const OrganisationRef = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'OrganisationRef' });

export const ServiceSummary = z
  .object({
    id: z.uuid(),
    identifier: z.string().describe('Stable public identifier: the institution prefix and a number'),
    title: z.string().describe('In the requested language, Latvian when there is no English one'),
    titles: z.object({ lv: z.string(), en: z.string().nullable() }),
    kind: ServiceKind,
    stage: Stage,
    cpsvStatus: CpsvStatus,
    priority: Priority,
    managementDegree: z.string().nullable(),
    holder: OrganisationRef,
    owners: z.array(PersonRef).describe('People holding the service owner role (R05) for it today'),
    publishedVersion: z.number().int().nullable(),
    workingVersion: z.object({ number: z.number().int(), status: DescriptionStatus }).nullable(),
    mayChangePortfolio: z
      .boolean()
      .describe('Whether the caller may change its portfolio attributes and move it through the lifecycle (PU2-1)'),
    reviewBy: Day.nullable(),
    reviewOverdue: z.boolean(),
    version: z.number().int(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'ServiceSummary' });
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const Service = ServiceSummary.extend({
  may: z
    .object({
      changePortfolio: z.boolean().describe('Change kind, priority, degree, review date; move through the lifecycle'),
      describe: z.boolean().describe('Draft, submit and publish descriptions; assure the published one'),
      approve: z.boolean().describe('Approve or return the version in review (never one the caller submitted)'),
    })
    .describe(
      'What the caller may do with this service, from the responsibility matrix (PU2-1, PU2-7) and their roles',
    ),
  portfolioOwners: z.array(PersonRef).describe('People holding R04 at the holder institution today'),
  assuredBy: PersonRef.nullable(),
  assuredAt: Timestamp.nullable(),
  allowedTransitions: z.array(Stage),
  createdAt: Timestamp,
}).meta({ id: 'Service' });
export type Service = z.infer<typeof Service>;

export const ServiceList = z
  .object({
    items: z.array(ServiceSummary),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'ServiceList' });
export type ServiceList = z.infer<typeof ServiceList>;

export const DescriptionVersionSummary = z
  .object({
    number: z.number().int(),
    status: DescriptionStatus,
    createdBy: PersonRef.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedBy: PersonRef.nullable(),
    submittedAt: Timestamp.nullable(),
    reviewedBy: PersonRef.nullable(),
    reviewedAt: Timestamp.nullable(),
    reviewNote: z.string().nullable(),
    publishedBy: PersonRef.nullable(),
    publishedAt: Timestamp.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'DescriptionVersionSummary' });
export type DescriptionVersionSummary = z.infer<typeof DescriptionVersionSummary>;

export const DescriptionVersion = DescriptionVersionSummary.extend({
  serviceId: z.uuid(),
  content: ServiceDescriptionContent,
}).meta({ id: 'DescriptionVersion' });
export type DescriptionVersion = z.infer<typeof DescriptionVersion>;

export const DescriptionDiff = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(
      z.object({
        path: z.string().describe('Dotted path into the content, e.g. channels.0.url'),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
  })
  .meta({ id: 'DescriptionDiff' });
export type DescriptionDiff = z.infer<typeof DescriptionDiff>;

export const Transition = z
  .object({
    from: Stage.nullable(),
    to: Stage,
    reason: z.string(),
    by: PersonRef.nullable(),
    at: Timestamp,
  })
  .meta({ id: 'Transition' });
export type Transition = z.infer<typeof Transition>;

export const ManagementDegree = z.object({
  code: z.string().regex(/^[a-z0-9_-]{1,30}$/, { error: 'lower-case letters, digits, - and _' }),
  names: z.object({ lv: text(100), en: optionalText(100) }),
  description: OptionalLocalText(1000),
});
export type ManagementDegree = z.infer<typeof ManagementDegree>;

/** The rules of the portfolio the state lead institution (R01) keeps. */
export const CatalogueSettings = z
  .object({
    gates: Gates.describe('Per stage, what must hold before a service enters it'),
    reviewIntervalMonths: z
      .number()
      .int()
      .min(1)
      .max(60)
      .describe('A published description is due for review after this'),
    managementDegrees: z
      .array(ManagementDegree)
      .max(20)
      .refine((degrees) => new Set(degrees.map((degree) => degree.code)).size === degrees.length, {
        error: 'codes must not repeat',
        params: { rule: 'unique' },
      }),
  })
  .meta({ id: 'CatalogueSettings' });
export type CatalogueSettings = z.infer<typeof CatalogueSettings>;
export const CatalogueSettingsResponse = CatalogueSettings.extend({ version: z.number().int() }).meta({
  id: 'CatalogueSettingsResponse',
});
export const CatalogueSettingsUpdate = CatalogueSettings.extend({ version: z.number().int().positive() }).meta({
  id: 'CatalogueSettingsUpdate',
});

export const ReviewQueueItem = z
  .object({ service: ServiceSummary, description: DescriptionVersionSummary })
  .meta({ id: 'ReviewQueueItem' });
export const ReviewQueue = z.object({ items: z.array(ReviewQueueItem) }).meta({ id: 'ReviewQueue' });

export const OverdueReviews = z
  .object({
    institutions: z.array(z.object({ holder: OrganisationRef, services: z.array(ServiceSummary) })),
  })
  .meta({ id: 'OverdueReviews' });

// ---------------------------------------------------------------------------------------------
// Requests.

/** A service identifier: the prefix, a dash and the number (`VSAA-0042`). */
export const SERVICE_IDENTIFIER = /^([A-Z0-9]{2,12})-(\d+)$/;

const Version = z.number().int().positive().describe('The version the change was made on; a stale one answers 409');
const LangQuery = z.object({ lang: z.enum(['lv', 'en']).optional() });

export const ServiceCreate = z
  .object({
    holderId: z.uuid().describe('The competent authority: an institution or a municipality'),
    identifierPrefix: z
      .string()
      .regex(/^[A-Z0-9]{2,12}$/, { error: '2 to 12 capital letters or digits' })
      .optional()
      .describe("Defaults to the holder's short name"),
    kind: ServiceKind,
    priority: Priority.default('medium'),
    managementDegree: z.string().nullable().default(null),
    title: LocalText(300),
    shortDescription: LocalText(1000),
  })
  .meta({ id: 'ServiceCreate' });
export type ServiceCreate = z.infer<typeof ServiceCreate>;

export const ServiceUpdate = z
  .object({
    version: Version,
    kind: ServiceKind.optional(),
    priority: Priority.optional(),
    managementDegree: z.string().nullable().optional(),
    reviewBy: Day.nullable().optional(),
  })
  .meta({ id: 'ServiceUpdate' });
export type ServiceUpdate = z.infer<typeof ServiceUpdate>;

export const ServiceQuery = z.object({
  q: z.string().trim().min(1).max(100).optional().describe('Part of the identifier or the title'),
  holder: z.uuid().optional().describe('Services of this organisation and the organisations under it'),
  stage: Stage.optional(),
  kind: ServiceKind.optional(),
  priority: Priority.optional(),
  owner: z.uuid().optional().describe('Services this person is the owner (R05) of'),
  reviewOverdue: z.enum(['true', 'false']).optional(),
  lang: z.enum(['lv', 'en']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ServiceQuery = z.infer<typeof ServiceQuery>;

export const TransitionRequest = z
  .object({ version: Version, to: Stage, reason: text(2000).describe('Why; kept in the history') })
  .meta({ id: 'TransitionRequest' });
export const DraftSave = z.object({ version: Version, content: ServiceDescriptionContent }).meta({ id: 'DraftSave' });
export const VersionOnly = z.object({ version: Version }).meta({ id: 'VersionOnly' });
export const ReviewDecision = z
  .object({
    version: Version,
    decision: z.enum(['approve', 'return']),
    note: text(2000).nullable().default(null).describe('Required when returning the draft'),
  })
  .refine((review) => review.decision === 'approve' || review.note !== null, {
    error: 'say what needs to change when returning a description',
    path: ['note'],
    params: { rule: 'required_when_returning' },
  })
  .meta({ id: 'ReviewDecision' });
export const AssuranceRequest = z
  .object({ version: Version, reviewBy: Day.optional().describe('The next review; defaults to the interval') })
  .meta({ id: 'AssuranceRequest' });

const ServiceIdParams = z.object({ id: z.uuid() });
const DescriptionParams = z.object({ id: z.uuid(), number: z.coerce.number<string>().int().positive() });

/**
 * A transition the gates refuse answers 409 with these extensions beside the problem fields: the
 * unmet gates and the stages the service may move to.
 */
export const TransitionRefusal = z.object({
  unmetGates: z.array(GateRule),
  allowedTransitions: z.array(Stage),
});

const tags = ['Services'];
export const serviceRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/services',
    access: 'signed-in',
    summary: 'Add a service to an institution portfolio, in planning, with a first draft description',
    tags,
    querystring: LangQuery,
    body: ServiceCreate,
    response: Service,
    status: 201,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/services',
    access: 'signed-in',
    summary: 'The portfolio: services the caller may see, filtered and paged',
    tags,
    querystring: ServiceQuery,
    response: ServiceList,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/services/:id',
    access: 'signed-in',
    summary: 'One service',
    tags,
    params: ServiceIdParams,
    querystring: LangQuery,
    response: Service,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/v1/services/:id',
    access: 'signed-in',
    summary: 'Change the portfolio attributes of a service',
    tags,
    params: ServiceIdParams,
    querystring: LangQuery,
    body: ServiceUpdate,
    response: Service,
  }),
  transition: defineRoute({
    method: 'POST',
    path: '/api/v1/services/:id/transitions',
    access: 'signed-in',
    summary: 'Move a service to another lifecycle stage; 409 lists unmet gates and allowed transitions',
    tags,
    params: ServiceIdParams,
    querystring: LangQuery,
    body: TransitionRequest,
    response: Service,
  }),
  transitions: defineRoute({
    method: 'GET',
    path: '/api/v1/services/:id/transitions',
    access: 'signed-in',
    summary: 'The lifecycle history of a service, oldest first',
    tags,
    params: ServiceIdParams,
    response: z.object({ items: z.array(Transition) }),
  }),
  assure: defineRoute({
    method: 'POST',
    path: '/api/v1/services/:id/assurance',
    access: 'signed-in',
    summary: 'Confirm the published description is still right and set the next review date',
    tags,
    params: ServiceIdParams,
    querystring: LangQuery,
    body: AssuranceRequest,
    response: Service,
  }),
  descriptions: defineRoute({
    method: 'GET',
    path: '/api/v1/services/:id/descriptions',
    access: 'signed-in',
    summary: 'Every version of the description, newest first',
    tags,
    params: ServiceIdParams,
    response: z.object({ items: z.array(DescriptionVersionSummary) }),
  }),
  description: defineRoute({
    method: 'GET',
    path: '/api/v1/services/:id/descriptions/:number',
    access: 'signed-in',
    summary: 'One version of the description',
    tags,
    params: DescriptionParams,
    response: DescriptionVersion,
  }),
  startDraft: defineRoute({
    method: 'POST',
    path: '/api/v1/services/:id/descriptions',
    access: 'signed-in',
    summary: 'Start a new draft from the published description; 409 when a version is being worked on',
    tags,
    params: ServiceIdParams,
    body: VersionOnly.describe('The version of the service'),
    response: DescriptionVersion,
    status: 201,
  }),
  saveDraft: defineRoute({
    method: 'PUT',
    path: '/api/v1/services/:id/descriptions/:number',
    access: 'signed-in',
    summary: 'Save a draft (the editor saves as you type); `version` is the draft version',
    tags,
    params: DescriptionParams,
    body: DraftSave,
    response: DescriptionVersion,
  }),
  submit: defineRoute({
    method: 'POST',
    path: '/api/v1/services/:id/descriptions/:number/submit',
    access: 'signed-in',
    summary: 'Submit a draft for review',
    tags,
    params: DescriptionParams,
    body: VersionOnly,
    response: DescriptionVersion,
  }),
  review: defineRoute({
    method: 'POST',
    path: '/api/v1/services/:id/descriptions/:number/review',
    access: 'signed-in',
    summary: 'Approve a submitted description or return it to draft with a note',
    tags,
    params: DescriptionParams,
    body: ReviewDecision,
    response: DescriptionVersion,
  }),
  publish: defineRoute({
    method: 'POST',
    path: '/api/v1/services/:id/descriptions/:number/publish',
    access: 'signed-in',
    summary: 'Publish an approved description; the catalogue shows it from now on',
    tags,
    params: DescriptionParams,
    body: VersionOnly,
    response: DescriptionVersion,
  }),
  diff: defineRoute({
    method: 'GET',
    path: '/api/v1/services/:id/descriptions/:number/diff',
    access: 'signed-in',
    summary: 'What changed between another version and this one',
    tags,
    params: DescriptionParams,
    querystring: z.object({
      against: z.coerce.number().int().positive().optional().describe('Defaults to the previous version'),
    }),
    response: DescriptionDiff,
  }),
  reviewQueue: defineRoute({
    method: 'GET',
    path: '/api/v1/service-reviews/queue',
    access: 'signed-in',
    summary: 'Descriptions submitted for review that the caller may approve',
    tags,
    querystring: LangQuery,
    response: ReviewQueue,
  }),
  overdueReviews: defineRoute({
    method: 'GET',
    path: '/api/v1/service-reviews/overdue',
    access: 'signed-in',
    summary: 'Published services past their review-by date, per institution',
    tags,
    querystring: LangQuery,
    response: OverdueReviews,
  }),
  settings: defineRoute({
    method: 'GET',
    path: '/api/v1/service-settings',
    access: 'signed-in',
    summary: 'Lifecycle gates, review interval and management degrees',
    tags,
    response: CatalogueSettingsResponse,
  }),
  updateSettings: defineRoute({
    method: 'PUT',
    path: '/api/v1/service-settings',
    access: 'signed-in',
    summary: 'Change the portfolio rules (state lead institution)',
    tags,
    body: CatalogueSettingsUpdate,
    response: CatalogueSettingsResponse,
  }),
};
