import { z } from 'zod';
import { defineRoute } from './route.ts';

export const OrganisationKind = z.enum(['state', 'sector', 'municipality', 'institution']);
export type OrganisationKind = z.infer<typeof OrganisationKind>;
export const OrganisationStatus = z.enum(['active', 'archived']);

/** Which kinds may stand directly under which: the state, then sectors and municipalities, then institutions. */
export const ALLOWED_PARENT_KINDS: Record<OrganisationKind, OrganisationKind[]> = {
  state: [],
  sector: ['state'],
  municipality: ['state'],
  institution: ['sector', 'municipality'],
};

const REGISTRATION_WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];
/** A Latvian legal-entity registration number: 11 digits whose weighted sum leaves 3 modulo 11. */
export function isValidRegistrationNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const sum = [...value].reduce((total, digit, i) => total + Number(digit) * (REGISTRATION_WEIGHTS[i] ?? 0), 0);
  return sum % 11 === 3;
}

export const RegistrationNumber = z
  .string()
  .regex(/^\d{11}$/, { error: 'must be 11 digits' })
  .refine(isValidRegistrationNumber, {
    error: 'the check digit does not match: not a valid registration number',
    params: { rule: 'check_digit' },
  });

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).nullable().default(null);

export const OrganisationContact = z.object({
  email: z.email().max(254).nullable().default(null),
  phone: optionalText(40),
  address: optionalText(300),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
});

export const OrganisationNames = z.object({ lv: text(300), en: optionalText(300) });

const organisationFields = {
  names: OrganisationNames,
  shortName: optionalText(60),
  registrationNumber: RegistrationNumber.nullable().default(null),
  atuCode: z
    .string()
    .regex(/^\d{7}$/, { error: 'must be a 7-digit ATU code' })
    .nullable()
    .default(null)
    .describe('Administrative-territorial unit code; municipalities only'),
  contact: OrganisationContact.default({ email: null, phone: null, address: null, website: null }),
};

export const OrganisationCreate = z
  .object({
    kind: OrganisationKind,
    parentId: z.uuid().nullable().describe('The parent organisation; null only for the state'),
    ...organisationFields,
  })
  .meta({ id: 'OrganisationCreate' });
export type OrganisationCreate = z.infer<typeof OrganisationCreate>;

export const OrganisationUpdate = z
  .object({
    version: z.number().int().positive().describe('The version the change was made on; a stale one answers 409'),
    parentId: z.uuid().optional(),
    names: OrganisationNames.optional(),
    shortName: text(60).nullable().optional(),
    registrationNumber: RegistrationNumber.nullable().optional(),
    atuCode: z
      .string()
      .regex(/^\d{7}$/, { error: 'must be a 7-digit ATU code' })
      .nullable()
      .optional(),
    contact: OrganisationContact.partial().optional(),
  })
  .meta({ id: 'OrganisationUpdate' });
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

export const Organisation = z
  .object({
    id: z.uuid(),
    kind: OrganisationKind,
    parentId: z.uuid().nullable(),
    names: z.object({ lv: z.string(), en: z.string().nullable() }),
    name: z.string().describe('The name in the requested language, Latvian when there is no English one'),
    shortName: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    atuCode: z.string().nullable(),
    contact: z.object({
      email: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
      website: z.string().nullable(),
    }),
    status: OrganisationStatus,
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

export type OrganisationNode = Organisation & { children: OrganisationNode[] };
export const OrganisationNode: z.ZodType<OrganisationNode> = Organisation.extend({
  get children() {
    return z.array(OrganisationNode);
  },
}).meta({ id: 'OrganisationNode' });

export const OrganisationList = z
  .object({ items: z.array(Organisation), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: 'OrganisationList' });
export type OrganisationList = z.infer<typeof OrganisationList>;

export const OrganisationQuery = z.object({
  parent: z.uuid().optional().describe('Only the direct children of this organisation'),
  kind: OrganisationKind.optional(),
  status: OrganisationStatus.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of a name, short name or registration number'),
  lang: z.enum(['lv', 'en']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const OrganisationIdParams = z.object({ id: z.uuid() });
export const ArchiveOrganisation = z
  .object({ version: z.number().int().positive() })
  .meta({ id: 'ArchiveOrganisation' });
const LangQuery = z.object({ lang: z.enum(['lv', 'en']).optional() });

const tags = ['Organisations'];
export const organisationRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/organisations',
    access: 'signed-in',
    summary: 'Create an organisation under a parent of the right kind',
    tags,
    body: OrganisationCreate,
    querystring: LangQuery,
    response: Organisation,
    status: 201,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/organisations',
    access: 'signed-in',
    summary: 'Organisations the caller may see, filtered and paged',
    tags,
    querystring: OrganisationQuery,
    response: OrganisationList,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/organisations/:id',
    access: 'signed-in',
    summary: 'One organisation',
    tags,
    params: OrganisationIdParams,
    querystring: LangQuery,
    response: Organisation,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/v1/organisations/:id',
    access: 'signed-in',
    summary: 'Change an organisation; `version` must be the current one',
    tags,
    params: OrganisationIdParams,
    querystring: LangQuery,
    body: OrganisationUpdate,
    response: Organisation,
  }),
  archive: defineRoute({
    method: 'POST',
    path: '/api/v1/organisations/:id/archive',
    access: 'signed-in',
    summary: 'Archive an organisation that has no active children',
    tags,
    params: OrganisationIdParams,
    querystring: LangQuery,
    body: ArchiveOrganisation,
    response: Organisation,
  }),
  tree: defineRoute({
    method: 'GET',
    path: '/api/v1/organisations/:id/tree',
    access: 'signed-in',
    summary: 'An organisation with all its descendants',
    tags,
    params: OrganisationIdParams,
    querystring: LangQuery,
    response: OrganisationNode,
  }),
};
