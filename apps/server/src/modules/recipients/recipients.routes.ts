import { recipientRoutes } from '@saimnieks/contracts/recipients';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../../platform/auth/principal.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { auditContextOf } from '../../platform/http/audit-context.ts';
import { resolveLanguage } from '../../platform/http/language.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { makeArchiveRecipientGroup } from './use-cases/archive-recipient-group.ts';
import { makeCreateRecipientGroup } from './use-cases/create-recipient-group.ts';
import { makeCreateRecipientNeed } from './use-cases/create-recipient-need.ts';
import { makeDeleteRecipientNeed } from './use-cases/delete-recipient-need.ts';
import { presentGroup, presentGroups, presentNeed } from './use-cases/group-access.ts';
import { makeReadRecipientGroups } from './use-cases/read-recipient-groups.ts';
import { makeReadServiceNeeds } from './use-cases/read-service-needs.ts';
import { makeUpdateRecipientGroup } from './use-cases/update-recipient-group.ts';
import { makeUpdateRecipientNeed } from './use-cases/update-recipient-need.ts';

/** Every recipient group route needs a signed-in person; what they see and change follows their roles. */
export function registerRecipientRoutes(
  app: FastifyInstance,
  { database, clock }: { database: Database; clock: Clock },
) {
  const { db } = database;
  const deps = { db, clock };
  const read = makeReadRecipientGroups(deps);
  const createGroup = makeCreateRecipientGroup(deps);
  const updateGroup = makeUpdateRecipientGroup(deps);
  const archiveGroup = makeArchiveRecipientGroup(deps);
  const createNeed = makeCreateRecipientNeed(deps);
  const updateNeed = makeUpdateRecipientNeed(deps);
  const deleteNeed = makeDeleteRecipientNeed(deps);
  const serviceNeeds = makeReadServiceNeeds(deps);
  const acting = (request: Parameters<typeof auditContextOf>[0]) => ({
    principal: requirePrincipal(request),
    context: auditContextOf(request),
  });
  const languageOf = (request: {
    query: { lang?: 'lv' | 'en' | undefined };
    headers: { 'accept-language'?: string };
  }) => resolveLanguage(request.query.lang, request.headers['accept-language']);

  registerRoute(app, recipientRoutes.list, async (request) => {
    const principal = requirePrincipal(request);
    const { organisation, audience, lifeEvent, archived, q, limit, offset } = request.query;
    const { rows, total } = await read.list(
      principal,
      {
        organisationWithin: organisation,
        audience,
        lifeEvent,
        archived: archived === undefined ? undefined : archived === 'true',
        q,
      },
      { limit, offset },
    );
    return { items: await presentGroups(db, principal, rows, languageOf(request)), total, limit, offset };
  });
  registerRoute(app, recipientRoutes.get, async (request) => {
    const principal = requirePrincipal(request);
    return presentGroup(db, principal, await read.get(principal, request.params.id), languageOf(request));
  });
  registerRoute(app, recipientRoutes.create, async (request) => {
    const who = acting(request);
    return presentGroup(db, who.principal, await createGroup(request.body, who), languageOf(request));
  });
  registerRoute(app, recipientRoutes.update, async (request) => {
    const who = acting(request);
    return presentGroup(
      db,
      who.principal,
      await updateGroup(request.params.id, request.body, who),
      languageOf(request),
    );
  });
  registerRoute(app, recipientRoutes.archive, async (request) => {
    const who = acting(request);
    const archived = await archiveGroup(request.params.id, request.body.version, who);
    return presentGroup(db, who.principal, archived, languageOf(request));
  });

  registerRoute(app, recipientRoutes.createNeed, async (request) => {
    const who = acting(request);
    return presentNeed(db, who.principal, await createNeed(request.params.id, request.body, who), languageOf(request));
  });
  registerRoute(app, recipientRoutes.updateNeed, async (request) => {
    const who = acting(request);
    const { id, needId } = request.params;
    return presentNeed(db, who.principal, await updateNeed(id, needId, request.body, who), languageOf(request));
  });
  registerRoute(app, recipientRoutes.deleteNeed, async (request) => {
    await deleteNeed(request.params.id, request.params.needId, request.query.version, acting(request));
    return null;
  });
  registerRoute(app, recipientRoutes.serviceNeeds, async (request) => ({
    items: await serviceNeeds(requirePrincipal(request), request.params.id, languageOf(request)),
  }));
}
