import { serviceRoutes } from '@saimnieks/contracts/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requirePrincipal } from '../../platform/auth/principal.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { auditContextOf } from '../../platform/http/audit-context.ts';
import { resolveLanguage } from '../../platform/http/language.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { makeCatalogueSettings } from './use-cases/catalogue-settings.ts';
import { makeCreateService } from './use-cases/create-service.ts';
import { makeDescriptionWorkflow } from './use-cases/description-workflow.ts';
import { makePortfolioReviews } from './use-cases/portfolio-reviews.ts';
import { makeReadServices } from './use-cases/read-services.ts';
import { makeTransitionService } from './use-cases/transition-service.ts';
import { makeUpdateService } from './use-cases/update-service.ts';

/** The staff side of the portfolio; who may do what with which service is the policy's. */
export function registerServiceRoutes(app: FastifyInstance, { database, clock }: { database: Database; clock: Clock }) {
  const deps = { db: database.db, clock };
  const read = makeReadServices(deps);
  const create = makeCreateService(deps);
  const update = makeUpdateService(deps);
  const transition = makeTransitionService(deps);
  const descriptions = makeDescriptionWorkflow(deps);
  const reviews = makePortfolioReviews(deps);
  const settings = makeCatalogueSettings(deps);
  const acting = (request: FastifyRequest) => ({
    principal: requirePrincipal(request),
    context: auditContextOf(request),
  });
  const languageOf = (request: FastifyRequest) =>
    resolveLanguage((request.query as { lang?: 'lv' | 'en' } | undefined)?.lang, request.headers['accept-language']);
  /** A change answers with the service as it is now. */
  const presented = async (request: FastifyRequest, id: Promise<string>) =>
    read.present(requirePrincipal(request), await id, languageOf(request));

  registerRoute(app, serviceRoutes.create, (request) => presented(request, create(request.body, acting(request))));
  registerRoute(app, serviceRoutes.list, async (request) => {
    const { lang: _lang, limit, offset, ...filter } = request.query;
    const { items, total } = await read.list(requirePrincipal(request), filter, { limit, offset }, languageOf(request));
    return { items, total, limit, offset };
  });
  registerRoute(app, serviceRoutes.get, (request) =>
    read.get(requirePrincipal(request), request.params.id, languageOf(request)),
  );
  registerRoute(app, serviceRoutes.update, (request) =>
    presented(request, update(request.params.id, request.body, acting(request))),
  );
  registerRoute(app, serviceRoutes.transition, (request) =>
    presented(request, transition(request.params.id, request.body, acting(request))),
  );
  registerRoute(app, serviceRoutes.transitions, async (request) => ({
    items: await read.transitions(requirePrincipal(request), request.params.id),
  }));
  registerRoute(app, serviceRoutes.assure, (request) =>
    presented(request, reviews.assure(request.params.id, request.body, acting(request))),
  );
  registerRoute(app, serviceRoutes.descriptions, async (request) => ({
    items: await descriptions.list(requirePrincipal(request), request.params.id),
  }));
  registerRoute(app, serviceRoutes.description, (request) =>
    descriptions.get(requirePrincipal(request), request.params.id, request.params.number),
  );
  registerRoute(app, serviceRoutes.startDraft, (request) =>
    descriptions.startDraft(request.params.id, request.body.version, acting(request)),
  );
  registerRoute(app, serviceRoutes.saveDraft, (request) =>
    descriptions.save(request.params.id, request.params.number, request.body, acting(request)),
  );
  registerRoute(app, serviceRoutes.submit, (request) =>
    descriptions.submit(request.params.id, request.params.number, request.body.version, acting(request)),
  );
  registerRoute(app, serviceRoutes.review, (request) =>
    descriptions.review(request.params.id, request.params.number, request.body, acting(request)),
  );
  registerRoute(app, serviceRoutes.publish, (request) =>
    descriptions.publish(request.params.id, request.params.number, request.body.version, acting(request)),
  );
  registerRoute(app, serviceRoutes.diff, (request) =>
    descriptions.diff(requirePrincipal(request), request.params.id, request.params.number, request.query.against),
  );
  registerRoute(app, serviceRoutes.reviewQueue, async (request) => ({
    items: await reviews.queue(requirePrincipal(request), languageOf(request)),
  }));
  registerRoute(app, serviceRoutes.overdueReviews, (request) =>
    reviews.overdue(requirePrincipal(request), languageOf(request)),
  );
  registerRoute(app, serviceRoutes.settings, () => settings.read());
  registerRoute(app, serviceRoutes.updateSettings, (request) => settings.update(request.body, acting(request)));
}
