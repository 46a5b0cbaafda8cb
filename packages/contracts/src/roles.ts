import { z } from 'zod';
import { RoleCode, ScopeKind } from './auth.ts';
import { LanguageQuery } from './language.ts';
import type { ScaleCode } from './model.ts';
import type { OrganisationKind } from './organisations.ts';
import { defineRoute } from './route.ts';

/**
 * The scale each of the model's roles is held at (GET /api/v1/model/roles). Kept here rather than
 * read from the loaded model because who may assign what is written per role and scale, and both
 * sides need it: a test fails if the shipped model ever says otherwise.
 */
export const ROLE_SCALES: Record<RoleCode, ScaleCode> = {
  R01: 'state',
  R02: 'sector',
  R03: 'municipality',
  R04: 'institution',
  R05: 'service',
  R06: 'service',
  R07: 'service',
  R08: 'institution',
  R09: 'resource',
  R10: 'resource',
};

/** The kind of scope a role of each scale is held at, and for organisations, which kind of organisation. */
export function scopeOfScale(scale: ScaleCode): { scopeKind: ScopeKind; organisationKind?: OrganisationKind } {
  if (scale === 'service' || scale === 'resource') return { scopeKind: scale };
  return { scopeKind: 'organisation', organisationKind: scale };
}

/** A calendar day, as validity dates are: meant in Europe/Riga. */
const Day = z.iso.date();
const Version = z.number().int().positive().describe('The version the change was made on; a stale one answers 409');
const Justification = z.string().trim().min(1).max(2000);

export const RoleAssignmentCreate = z
  .object({
    personId: z.uuid(),
    roleCode: RoleCode,
    scopeKind: ScopeKind,
    scopeId: z.uuid(),
    validFrom: Day.optional().describe('First day the role is held; today in Europe/Riga when left out'),
    validUntil: Day.nullable().optional().describe('Last day the role is held; none means until revoked'),
    justification: Justification.optional().describe(
      'Why the assignment goes ahead although it conflicts with a role the person holds (`justified` rules)',
    ),
  })
  .meta({ id: 'RoleAssignmentCreate' });
export type RoleAssignmentCreate = z.infer<typeof RoleAssignmentCreate>;

export const RoleAssignmentUpdate = z
  .object({
    version: Version,
    validFrom: Day.optional().describe('Only while the assignment has not started'),
    validUntil: Day.nullable().optional(),
    justification: Justification.optional().describe('Needed when the new dates bring a new justified conflict'),
  })
  .meta({ id: 'RoleAssignmentUpdate' });
export type RoleAssignmentUpdate = z.infer<typeof RoleAssignmentUpdate>;

export const RevokeRoleAssignment = z.object({ version: Version }).meta({ id: 'RevokeRoleAssignment' });

export const RoleAssignmentStatus = z
  .enum(['scheduled', 'active', 'ended', 'revoked'])
  .describe('On today’s date in Europe/Riga: not yet valid, held, past its last day, or revoked');
export type RoleAssignmentStatus = z.infer<typeof RoleAssignmentStatus>;

export const RoleAssignment = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    personName: z.string(),
    roleCode: RoleCode,
    scopeKind: ScopeKind,
    scopeId: z.uuid(),
    scopeName: z
      .string()
      .nullable()
      .describe('In the requested language: the organisation’s name, or the service’s identifier and title'),
    validFrom: Day,
    validUntil: Day.nullable(),
    status: RoleAssignmentStatus,
    justification: z.string().nullable(),
    justifiedConflicts: z
      .array(z.object({ ruleId: z.uuid(), conflictingAssignmentId: z.uuid() }))
      .describe('The conflicts the justification was given for'),
    revokedAt: z.iso.datetime({ offset: true }).nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'RoleAssignment' });
export type RoleAssignment = z.infer<typeof RoleAssignment>;

export const RoleAssignmentList = z
  .object({
    items: z.array(RoleAssignment),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'RoleAssignmentList' });
export type RoleAssignmentList = z.infer<typeof RoleAssignmentList>;

export const RoleAssignmentQuery = LanguageQuery.extend({
  person: z.uuid().optional().describe('Only this person’s assignments'),
  role: RoleCode.optional(),
  scope: z.uuid().optional().describe('Only assignments at this scope (an organisation, service or resource id)'),
  activeOn: Day.optional().describe('Only assignments held on this day: not revoked and valid then'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const CompatibilityMode = z
  .enum(['blocking', 'justified'])
  .describe('`blocking`: refused (409); `justified`: allowed with a recorded justification');
export type CompatibilityMode = z.infer<typeof CompatibilityMode>;

export const RoleCompatibilityCheckQuery = LanguageQuery.extend({
  personId: z.uuid(),
  roleCode: RoleCode,
  scopeKind: ScopeKind,
  scopeId: z.uuid(),
  validFrom: Day.optional(),
  validUntil: Day.optional(),
});

export const CompatibilityWarning = z
  .object({
    ruleId: z.uuid(),
    mode: CompatibilityMode,
    reason: z.string().describe('Why the pair conflicts, in the requested language'),
    conflictingAssignment: z.object({
      id: z.uuid(),
      roleCode: RoleCode,
      scopeKind: ScopeKind,
      scopeId: z.uuid(),
      validFrom: Day,
      validUntil: Day.nullable(),
    }),
  })
  .meta({ id: 'CompatibilityWarning' });
export type CompatibilityWarning = z.infer<typeof CompatibilityWarning>;

export const RoleCompatibilityCheck = z
  .object({
    warnings: z.array(CompatibilityWarning),
    blocked: z.boolean().describe('A blocking rule applies: the assignment would be refused'),
    justificationRequired: z.boolean().describe('A justified rule applies: the assignment needs a justification'),
  })
  .meta({ id: 'RoleCompatibilityCheck' });
export type RoleCompatibilityCheck = z.infer<typeof RoleCompatibilityCheck>;

const Reason = z.object({ lv: z.string().trim().min(1).max(1000), en: z.string().trim().min(1).max(1000) });

export const RoleCompatibilityRuleCreate = z
  .object({
    roleA: RoleCode,
    roleB: RoleCode,
    sameScopeOnly: z.boolean().describe('Only when both roles are held at the same scope'),
    mode: CompatibilityMode,
    reason: Reason,
  })
  .refine((rule) => rule.roleA !== rule.roleB, {
    error: 'a rule pairs two different roles',
    path: ['roleB'],
    params: { rule: 'distinct_roles' },
  })
  .meta({ id: 'RoleCompatibilityRuleCreate' });
export type RoleCompatibilityRuleCreate = z.infer<typeof RoleCompatibilityRuleCreate>;

export const RoleCompatibilityRuleUpdate = z
  .object({
    version: Version,
    sameScopeOnly: z.boolean().optional(),
    mode: CompatibilityMode.optional(),
    reason: Reason.optional(),
  })
  .meta({ id: 'RoleCompatibilityRuleUpdate' });
export type RoleCompatibilityRuleUpdate = z.infer<typeof RoleCompatibilityRuleUpdate>;

export const RoleCompatibilityRule = z
  .object({
    id: z.uuid(),
    roleA: RoleCode,
    roleB: RoleCode,
    sameScopeOnly: z.boolean(),
    mode: CompatibilityMode,
    reason: z.object({ lv: z.string(), en: z.string() }),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'RoleCompatibilityRule' });
export type RoleCompatibilityRule = z.infer<typeof RoleCompatibilityRule>;

export const RoleCompatibilityRuleList = z
  .object({ items: z.array(RoleCompatibilityRule) })
  .meta({ id: 'RoleCompatibilityRuleList' });

export const RoleCompatibilityRuleQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Also the rules deleted (deactivated) earlier'),
});

const IdParams = z.object({ id: z.uuid() });
const LangQuery = LanguageQuery;

const tags = ['Roles'];
export const roleAssignmentRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/role-assignments',
    access: 'signed-in',
    summary: 'Assign a model role to a person at a scope of the role’s scale',
    tags,
    querystring: LangQuery,
    body: RoleAssignmentCreate,
    response: RoleAssignment,
    status: 201,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/role-assignments',
    access: 'signed-in',
    summary: 'Role assignments the caller may see, filtered and paged',
    tags,
    querystring: RoleAssignmentQuery,
    response: RoleAssignmentList,
  }),
  check: defineRoute({
    method: 'GET',
    path: '/api/v1/role-assignments/check',
    access: 'signed-in',
    summary: 'The compatibility warnings an assignment would raise, without assigning',
    tags,
    querystring: RoleCompatibilityCheckQuery,
    response: RoleCompatibilityCheck,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/role-assignments/:id',
    access: 'signed-in',
    summary: 'One role assignment',
    tags,
    params: IdParams,
    querystring: LangQuery,
    response: RoleAssignment,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/v1/role-assignments/:id',
    access: 'signed-in',
    summary: 'Change the validity dates of an assignment; `version` must be the current one',
    tags,
    params: IdParams,
    querystring: LangQuery,
    body: RoleAssignmentUpdate,
    response: RoleAssignment,
  }),
  revoke: defineRoute({
    method: 'POST',
    path: '/api/v1/role-assignments/:id/revoke',
    access: 'signed-in',
    summary: 'Revoke an assignment at once; it stays on record',
    tags,
    params: IdParams,
    querystring: LangQuery,
    body: RevokeRoleAssignment,
    response: RoleAssignment,
  }),
};

const compatibilityTags = ['Role compatibility'];
export const roleCompatibilityRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/role-compatibility-rules',
    access: 'signed-in',
    summary: 'Pairs of roles one person should not hold at once',
    tags: compatibilityTags,
    querystring: RoleCompatibilityRuleQuery,
    response: RoleCompatibilityRuleList,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/role-compatibility-rules/:id',
    access: 'signed-in',
    summary: 'One compatibility rule',
    tags: compatibilityTags,
    params: IdParams,
    response: RoleCompatibilityRule,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/role-compatibility-rules',
    access: 'signed-in',
    summary: 'Add an incompatible pair of roles (state lead institution or administrator)',
    tags: compatibilityTags,
    body: RoleCompatibilityRuleCreate,
    response: RoleCompatibilityRule,
    status: 201,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/v1/role-compatibility-rules/:id',
    access: 'signed-in',
    summary: 'Change a rule’s mode, scope or reason; `version` must be the current one',
    tags: compatibilityTags,
    params: IdParams,
    body: RoleCompatibilityRuleUpdate,
    response: RoleCompatibilityRule,
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/role-compatibility-rules/:id',
    access: 'signed-in',
    summary: 'Retire a rule: it stops applying and stays on record for the justifications made under it',
    tags: compatibilityTags,
    params: IdParams,
    querystring: z.object({ version: z.coerce.number().int().positive() }),
    response: z.null(),
    status: 204,
  }),
};
