import { type OrganisationNode, organisationRoutes } from '@saimnieks/contracts/organisations';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../../platform/auth/principal.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { auditContextOf } from '../../platform/http/audit-context.ts';
import { resolveLanguage } from '../../platform/http/language.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { toOrganisation } from './organisations.mapper.ts';
import { makeArchiveOrganisation } from './use-cases/archive-organisation.ts';
import { makeCreateOrganisation } from './use-cases/create-organisation.ts';
import { makeReadOrganisations, type OrganisationTreeNode } from './use-cases/read-organisations.ts';
import { makeUpdateOrganisation } from './use-cases/update-organisation.ts';

/** Every organisation route needs a signed-in person; what they see and change follows their roles. */
export function registerOrganisationRoutes(
  app: FastifyInstance,
  { database, clock }: { database: Database; clock: Clock },
) {
  const deps = { db: database.db, clock };
  const read = makeReadOrganisations(deps);
  const create = makeCreateOrganisation(deps);
  const update = makeUpdateOrganisation(deps);
  const archive = makeArchiveOrganisation(deps);
  const acting = (request: Parameters<typeof auditContextOf>[0]) => ({
    principal: requirePrincipal(request),
    context: auditContextOf(request),
  });
  const languageOf = (request: {
    query: { lang?: 'lv' | 'en' | undefined };
    headers: { 'accept-language'?: string };
  }) => resolveLanguage(request.query.lang, request.headers['accept-language']);

  registerRoute(app, organisationRoutes.create, async (request) =>
    toOrganisation(await create(request.body, acting(request)), languageOf(request)),
  );
  registerRoute(app, organisationRoutes.list, async (request) => {
    const { parent, kind, status, q, limit, offset } = request.query;
    const { rows, total } = await read.list(
      requirePrincipal(request),
      { parentId: parent, kind, status, q },
      { limit, offset },
    );
    const language = languageOf(request);
    return { items: rows.map((row) => toOrganisation(row, language)), total, limit, offset };
  });
  registerRoute(app, organisationRoutes.get, async (request) =>
    toOrganisation(await read.get(requirePrincipal(request), request.params.id), languageOf(request)),
  );
  registerRoute(app, organisationRoutes.update, async (request) =>
    toOrganisation(await update(request.params.id, request.body, acting(request)), languageOf(request)),
  );
  registerRoute(app, organisationRoutes.archive, async (request) =>
    toOrganisation(await archive(request.params.id, request.body.version, acting(request)), languageOf(request)),
  );
  registerRoute(app, organisationRoutes.tree, async (request) => {
    const language = languageOf(request);
    const toNode = (node: OrganisationTreeNode): OrganisationNode => ({
      ...toOrganisation(node, language),
      children: node.children.map(toNode),
    });
    return toNode(await read.tree(requirePrincipal(request), request.params.id));
  });
}
