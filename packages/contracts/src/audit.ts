import { z } from 'zod';
import { defineRoute } from './route.ts';

export const AuditEvent = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime({ offset: true }),
    actor: z.object({ kind: z.enum(['person', 'token', 'system']), id: z.string().nullable(), label: z.string() }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
    requestId: z.string().nullable(),
    address: z.string().nullable(),
    userAgent: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditEventQuery = z.object({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.string().max(100).optional(),
  action: z.string().max(60).optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('Events at or after this instant'),
  to: z.iso.datetime({ offset: true }).optional().describe('Events before this instant'),
  before: z.coerce.number().int().positive().optional().describe('Page cursor: events older than this id'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AuditEventQuery = z.infer<typeof AuditEventQuery>;

export const AuditEventPage = z
  .object({
    items: z.array(AuditEvent),
    nextBefore: z.number().int().nullable().describe('Pass as `before` for the next (older) page; null on the last'),
  })
  .meta({ id: 'AuditEventPage' });

export const AuditChainVerification = z
  .object({
    intact: z.boolean(),
    events: z.number().int().describe('Events checked'),
    brokenEventId: z.number().int().nullable(),
    reason: z.enum(['content-changed', 'link-broken']).nullable(),
  })
  .meta({ id: 'AuditChainVerification' });

const tags = ['Audit'];
export const auditRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/audit-events',
    access: 'signed-in',
    summary: 'Audit events, newest first, filtered and paged by cursor',
    tags,
    querystring: AuditEventQuery,
    response: AuditEventPage,
  }),
  verify: defineRoute({
    method: 'GET',
    path: '/api/v1/audit-events/verify',
    access: 'signed-in',
    summary: 'Whether the hash chain is intact, and otherwise the first broken event',
    tags,
    response: AuditChainVerification,
  }),
};
