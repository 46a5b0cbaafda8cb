import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/audit.ts';
import { requirePrincipal } from '../auth/principal.ts';

/** Where a request came from, as the audit trail records it. */
export const requestOrigin = (request: FastifyRequest): Omit<AuditContext, 'actor'> => ({
  requestId: request.id,
  address: request.ip,
  userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
});

/** The audit context of a signed-in request: who acts, and from where. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  const principal = requirePrincipal(request);
  const { person, via } = principal;
  return {
    ...requestOrigin(request),
    actor:
      via.kind === 'token'
        ? { kind: 'token', personId: person.id, tokenId: via.tokenId, label: person.name }
        : { kind: 'person', personId: person.id, label: person.name },
  };
}
