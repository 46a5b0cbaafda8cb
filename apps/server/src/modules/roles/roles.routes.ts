import type { Language } from '@saimnieks/contracts/language';
import { roleAssignmentRoutes, roleCompatibilityRoutes } from '@saimnieks/contracts/roles';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requirePrincipal } from '../../platform/auth/principal.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { auditContextOf } from '../../platform/http/audit-context.ts';
import { resolveLanguage } from '../../platform/http/language.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { toCompatibilityRule } from './roles.mapper.ts';
import { makeAssignRole } from './use-cases/assign-role.ts';
import { makeCompatibilityRules } from './use-cases/compatibility-rules.ts';
import { makeReadRoleAssignments } from './use-cases/read-role-assignments.ts';
import { makeRevokeRoleAssignment } from './use-cases/revoke-role-assignment.ts';
import { makeUpdateRoleAssignment } from './use-cases/update-role-assignment.ts';

const languageOf = (request: FastifyRequest): Language => {
  const asked = (request.query as { lang?: Language } | undefined)?.lang;
  return resolveLanguage(asked, request.headers['accept-language']);
};

/** Role assignments and the compatibility rules; every route needs a signed-in person. */
export function registerRoleRoutes(app: FastifyInstance, { database, clock }: { database: Database; clock: Clock }) {
  const deps = { db: database.db, clock };
  const read = makeReadRoleAssignments(deps);
  const assign = makeAssignRole(deps);
  const update = makeUpdateRoleAssignment(deps);
  const revoke = makeRevokeRoleAssignment(deps);
  const rules = makeCompatibilityRules(deps);
  const acting = (request: FastifyRequest) => ({
    principal: requirePrincipal(request),
    context: auditContextOf(request),
    language: languageOf(request),
  });

  registerRoute(app, roleAssignmentRoutes.create, (request) => assign(request.body, acting(request)));
  registerRoute(app, roleAssignmentRoutes.list, async (request) => {
    const { person, role, scope, activeOn, limit, offset } = request.query;
    const { items, total } = await read.list(
      requirePrincipal(request),
      { personId: person, roleCode: role, scopeId: scope, activeOn },
      { limit, offset },
      languageOf(request),
    );
    return { items, total, limit, offset };
  });
  registerRoute(app, roleAssignmentRoutes.check, (request) => {
    const { lang: _lang, ...input } = request.query;
    return read.check(requirePrincipal(request), input, languageOf(request));
  });
  registerRoute(app, roleAssignmentRoutes.get, (request) =>
    read.get(requirePrincipal(request), request.params.id, languageOf(request)),
  );
  registerRoute(app, roleAssignmentRoutes.update, (request) =>
    update(request.params.id, request.body, acting(request)),
  );
  registerRoute(app, roleAssignmentRoutes.revoke, (request) =>
    revoke(request.params.id, request.body.version, acting(request)),
  );

  registerRoute(app, roleCompatibilityRoutes.list, async (request) => {
    requirePrincipal(request);
    return { items: (await rules.list(request.query.includeInactive)).map(toCompatibilityRule) };
  });
  registerRoute(app, roleCompatibilityRoutes.get, async (request) => {
    requirePrincipal(request);
    return toCompatibilityRule(await rules.get(request.params.id));
  });
  registerRoute(app, roleCompatibilityRoutes.create, async (request) =>
    toCompatibilityRule(await rules.create(request.body, acting(request))),
  );
  registerRoute(app, roleCompatibilityRoutes.update, async (request) =>
    toCompatibilityRule(await rules.update(request.params.id, request.body, acting(request))),
  );
  registerRoute(app, roleCompatibilityRoutes.delete, async (request) => {
    await rules.delete(request.params.id, request.query.version, acting(request));
    return null;
  });
}
