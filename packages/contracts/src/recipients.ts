import { z } from 'zod';
import { LifeEventCode } from './reference/life-events.ts';
import { defineRoute } from './route.ts';
import { Audience } from './services.ts';

/*
 * Recipient groups and their needs (model task PU2-2): who an institution or municipality serves,
 * what they need, and which services and life events meet those needs.
 */

export const NeedImportance = z.enum(['high', 'medium', 'low']);
export type NeedImportance = z.infer<typeof NeedImportance>;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).nullable().default(null);
/** A text in Latvian (required) and English (optional). */
const LocalText = (max: number) => z.object({ lv: text(max), en: optionalText(max) });
const Version = z.number().int().positive().describe('The version the change was made on; a stale one answers 409');
const unique = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((items) => new Set(items).size === items.length, {
    error: 'values must not repeat',
    params: { rule: 'unique' },
  });

const SizeEstimate = z
  .number()
  .int({ error: 'must be a whole number' })
  .min(0)
  .max(100_000_000)
  .describe('About how many recipients the group has');

// ---------------------------------------------------------------------------------------------
// What the API answers.

const Timestamp = z.iso.datetime({ offset: true });
const Texts = z.object({ lv: z.string(), en: z.string().nullable() });

export const LinkedService = z
  .object({
    id: z.uuid(),
    identifier: z.string(),
    title: z.string().describe('In the requested language, Latvian when there is no English one'),
  })
  .meta({ id: 'LinkedService' });
export type LinkedService = z.infer<typeof LinkedService>;

export const RecipientNeed = z
  .object({
    id: z.uuid(),
    groupId: z.uuid(),
    texts: Texts,
    text: z.string().describe('In the requested language, Latvian when there is no English one'),
    importance: NeedImportance,
    lifeEvents: z.array(LifeEventCode),
    services: z.array(LinkedService).describe('The linked services the caller may see'),
    hiddenServices: z
      .number()
      .int()
      .describe('Linked services the caller may not see; a change by the caller keeps them linked'),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'RecipientNeed' });
export type RecipientNeed = z.infer<typeof RecipientNeed>;

export const RecipientGroup = z
  .object({
    id: z.uuid(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    names: Texts,
    name: z.string().describe('In the requested language, Latvian when there is no English one'),
    descriptions: Texts.nullable(),
    description: z.string().nullable(),
    audience: Audience,
    sizeEstimate: z.number().int().nullable(),
    archived: z.boolean(),
    mayChange: z.boolean().describe('Whether the caller may change the group and its needs'),
    needs: z.array(RecipientNeed).describe('Most important first'),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'RecipientGroup' });
export type RecipientGroup = z.infer<typeof RecipientGroup>;

export const RecipientGroupList = z
  .object({
    items: z.array(RecipientGroup),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'RecipientGroupList' });
export type RecipientGroupList = z.infer<typeof RecipientGroupList>;

export const ServiceNeed = z
  .object({
    need: RecipientNeed,
    group: z.object({
      id: z.uuid(),
      name: z.string(),
      organisation: z.object({ id: z.uuid(), name: z.string() }),
      archived: z.boolean(),
    }),
  })
  .meta({ id: 'ServiceNeed' });
export type ServiceNeed = z.infer<typeof ServiceNeed>;

// ---------------------------------------------------------------------------------------------
// Requests.

export const RecipientGroupCreate = z
  .object({
    organisationId: z.uuid().describe('The institution or municipality whose recipients these are'),
    names: LocalText(300),
    descriptions: LocalText(2000).nullable().default(null),
    audience: Audience,
    sizeEstimate: SizeEstimate.nullable().default(null),
  })
  .meta({ id: 'RecipientGroupCreate' });
export type RecipientGroupCreate = z.infer<typeof RecipientGroupCreate>;

export const RecipientGroupUpdate = z
  .object({
    version: Version,
    names: LocalText(300).optional(),
    descriptions: LocalText(2000).nullable().optional(),
    audience: Audience.optional(),
    sizeEstimate: SizeEstimate.nullable().optional(),
  })
  .meta({ id: 'RecipientGroupUpdate' });
export type RecipientGroupUpdate = z.infer<typeof RecipientGroupUpdate>;

const ServiceIds = unique(z.uuid())
  .max(100)
  .describe(
    'Services that meet the need: any service the caller may see in the portfolio, of any holder. Links to services ' +
      'the caller may not see stay as they are.',
  );

export const RecipientNeedCreate = z
  .object({
    texts: LocalText(1000),
    importance: NeedImportance.default('medium'),
    lifeEvents: unique(LifeEventCode).default([]),
    serviceIds: ServiceIds.default([]),
  })
  .meta({ id: 'RecipientNeedCreate' });
export type RecipientNeedCreate = z.infer<typeof RecipientNeedCreate>;

export const RecipientNeedUpdate = z
  .object({
    version: Version,
    texts: LocalText(1000).optional(),
    importance: NeedImportance.optional(),
    lifeEvents: unique(LifeEventCode).optional(),
    serviceIds: ServiceIds.optional(),
  })
  .meta({ id: 'RecipientNeedUpdate' });
export type RecipientNeedUpdate = z.infer<typeof RecipientNeedUpdate>;

export const RecipientGroupQuery = z.object({
  organisation: z.uuid().optional().describe('Groups of this organisation and the organisations under it'),
  audience: Audience.optional(),
  lifeEvent: LifeEventCode.optional().describe('Groups with a need that arises in this life event'),
  service: z.uuid().optional().describe('Groups with a need this service meets'),
  archived: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name of the group or of one of its needs'),
  lang: z.enum(['lv', 'en']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RecipientGroupQuery = z.infer<typeof RecipientGroupQuery>;

const LangQuery = z.object({ lang: z.enum(['lv', 'en']).optional() });
const GroupParams = z.object({ id: z.uuid() });
const NeedParams = z.object({ id: z.uuid(), needId: z.uuid() });
export const ArchiveRecipientGroup = z.object({ version: Version }).meta({ id: 'ArchiveRecipientGroup' });

const tags = ['Recipient groups'];
export const recipientRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/recipient-groups',
    access: 'signed-in',
    summary: 'Recipient groups of the organisations the caller may see, with their needs, filtered and paged',
    tags,
    querystring: RecipientGroupQuery,
    response: RecipientGroupList,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/recipient-groups/:id',
    access: 'signed-in',
    summary: 'One recipient group with its needs',
    tags,
    params: GroupParams,
    querystring: LangQuery,
    response: RecipientGroup,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/recipient-groups',
    access: 'signed-in',
    summary: 'Add a recipient group to an institution or municipality',
    tags,
    querystring: LangQuery,
    body: RecipientGroupCreate,
    response: RecipientGroup,
    status: 201,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/v1/recipient-groups/:id',
    access: 'signed-in',
    summary: 'Change a recipient group; `version` must be the current one',
    tags,
    params: GroupParams,
    querystring: LangQuery,
    body: RecipientGroupUpdate,
    response: RecipientGroup,
  }),
  archive: defineRoute({
    method: 'POST',
    path: '/api/v1/recipient-groups/:id/archive',
    access: 'signed-in',
    summary: 'Archive a recipient group; it and its needs stay on record but can no longer change',
    tags,
    params: GroupParams,
    querystring: LangQuery,
    body: ArchiveRecipientGroup,
    response: RecipientGroup,
  }),
  createNeed: defineRoute({
    method: 'POST',
    path: '/api/v1/recipient-groups/:id/needs',
    access: 'signed-in',
    summary: 'Add a need to a recipient group',
    tags,
    params: GroupParams,
    querystring: LangQuery,
    body: RecipientNeedCreate,
    response: RecipientNeed,
    status: 201,
  }),
  updateNeed: defineRoute({
    method: 'PATCH',
    path: '/api/v1/recipient-groups/:id/needs/:needId',
    access: 'signed-in',
    summary: 'Change a need; `version` must be the need’s current one',
    tags,
    params: NeedParams,
    querystring: LangQuery,
    body: RecipientNeedUpdate,
    response: RecipientNeed,
  }),
  deleteNeed: defineRoute({
    method: 'DELETE',
    path: '/api/v1/recipient-groups/:id/needs/:needId',
    access: 'signed-in',
    summary: 'Remove a need; the audit trail keeps what it said',
    tags,
    params: NeedParams,
    querystring: z.object({ version: z.coerce.number().int().positive() }),
    response: z.null(),
    status: 204,
  }),
  serviceNeeds: defineRoute({
    method: 'GET',
    path: '/api/v1/services/:id/needs',
    access: 'signed-in',
    summary: 'The needs a service meets, in the recipient groups the caller may see',
    tags,
    params: z.object({ id: z.uuid() }),
    querystring: LangQuery,
    response: z.object({ items: z.array(ServiceNeed) }),
  }),
};
