import { responsibilityRoutes } from '@saimnieks/contracts/responsibilities';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../../platform/auth/principal.ts';
import { auditContextOf } from '../../platform/http/audit-context.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import type { Responsibilities } from './use-cases/responsibilities.ts';

/** Reading the matrix is public, like the rest of the model; editing it is R01's. */
export function registerResponsibilityRoutes(
  app: FastifyInstance,
  { responsibilities }: { responsibilities: Responsibilities },
) {
  registerRoute(app, responsibilityRoutes.get, (request) => responsibilities.read(request.query.version));
  registerRoute(app, responsibilityRoutes.edit, (request) =>
    responsibilities.edit(request.body, { principal: requirePrincipal(request), context: auditContextOf(request) }),
  );
}
