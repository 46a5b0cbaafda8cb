import { catalogueRoutes } from '@saimnieks/contracts/catalogue';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { resolveLanguage } from '../../platform/http/language.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { makeCountCatalogueFacets } from './use-cases/count-catalogue-facets.ts';
import { makeReadCatalogueService } from './use-cases/read-catalogue-service.ts';
import { makeSearchCatalogue } from './use-cases/search-catalogue.ts';

/** The public catalogue: no sign-in, only published services that are not liquidated. */
export function registerCatalogueRoutes(app: FastifyInstance, { database }: { database: Database }) {
  const search = makeSearchCatalogue({ db: database.db });
  const read = makeReadCatalogueService({ db: database.db });
  const countFacets = makeCountCatalogueFacets({ db: database.db });
  const languageOf = (request: {
    query: { lang?: 'lv' | 'en' | undefined };
    headers: { 'accept-language'?: string };
  }) => resolveLanguage(request.query.lang, request.headers['accept-language']);

  registerRoute(app, catalogueRoutes.search, (request) => search(request.query, languageOf(request)));
  registerRoute(app, catalogueRoutes.facets, (request) => countFacets(request.query, languageOf(request)));
  registerRoute(app, catalogueRoutes.get, (request) => read(request.params.id, languageOf(request)));
}
