import { type AuditEvent, auditRoutes } from '@saimnieks/contracts/audit';
import type { FastifyInstance } from 'fastify';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { type Principal, requirePrincipal, seesEverything } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/database.ts';
import { ForbiddenError } from '../../platform/errors/errors.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { listAuditEvents } from './audit.repository.ts';

/**
 * The audit trail spans every organisation, so only those who see everything read it: the
 * technical administrator and the state lead institution (R01).
 */
function requireAuditReader(principal: Principal) {
  if (!seesEverything(principal))
    throw new ForbiddenError('forbidden', 'Only the administrator and R01 read the audit trail');
}

export function registerAuditRoutes(app: FastifyInstance, { database }: { database: Database }) {
  registerRoute(app, auditRoutes.list, async (request) => {
    requireAuditReader(requirePrincipal(request));
    const rows = await listAuditEvents(database.db, request.query);
    const items: AuditEvent[] = rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at.toISOString(),
      actor: { kind: row.actor_kind as AuditEvent['actor']['kind'], id: row.actor_id, label: row.actor_label },
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      changes: row.changes as AuditEvent['changes'],
      requestId: row.request_id,
      address: row.address,
      userAgent: row.user_agent,
      hash: row.hash,
    }));
    const last = items.at(-1);
    return { items, nextBefore: items.length === request.query.limit && last ? last.id : null };
  });

  registerRoute(app, auditRoutes.verify, async (request) => {
    requireAuditReader(requirePrincipal(request));
    const result = await verifyAuditChain(database.db);
    return result.intact
      ? { ...result, brokenEventId: null, reason: null }
      : { intact: false, events: result.events, brokenEventId: result.brokenEventId, reason: result.reason };
  });
}
