import { Readable } from 'node:stream';
import { cpsvApRoutes } from '@saimnieks/contracts/cpsv-ap';
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../../platform/auth/principal.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { auditContextOf } from '../../platform/http/audit-context.ts';
import { resolveLanguage } from '../../platform/http/language.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { MEDIA_TYPES, type RdfFormat } from './rdf/documents.ts';
import { makeExportCatalogue } from './use-cases/export-catalogue.ts';
import { makeExportPortfolio } from './use-cases/export-portfolio.ts';
import { makeImportServices } from './use-cases/import-services.ts';

/** An import may be a whole catalogue: larger than the 1 MB every other body is held to. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

/** Turtle when the caller prefers it to JSON-LD; JSON-LD otherwise. */
export function rdfFormatFor(accept: string | undefined): RdfFormat {
  const weights = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    weights.set(type.trim(), q ? Number(q.slice(2)) : 1);
  }
  const jsonLd = Math.max(weights.get('application/ld+json') ?? 0, weights.get('application/json') ?? 0);
  const turtle = weights.get('text/turtle') ?? 0;
  return turtle > 0 && turtle > jsonLd ? 'turtle' : 'json-ld';
}

export function registerCpsvApRoutes(
  app: FastifyInstance,
  { database, clock, publicUrl }: { database: Database; clock: Clock; publicUrl: string },
) {
  const exportCatalogue = makeExportCatalogue({ db: database.db, publicUrl });
  const importServices = makeImportServices({ db: database.db, clock, publicUrl });
  const exportPortfolio = makeExportPortfolio({ db: database.db, clock });

  registerRoute(app, cpsvApRoutes.catalogue, async (request, reply) => {
    const format = rdfFormatFor(request.headers.accept);
    const document = await exportCatalogue.open(format, request.query.service);
    reply.header('vary', 'Accept').type(`${MEDIA_TYPES[format]}; charset=utf-8`);
    // One piece in flight at a time: what is buffered stays one batch, however large the catalogue.
    return reply.send(Readable.from(document, { highWaterMark: 1 }));
  });

  registerRoute(app, cpsvApRoutes.portfolioExport, async (request, reply) => {
    const language = resolveLanguage(request.query.lang, request.headers['accept-language']);
    const file = await exportPortfolio(requirePrincipal(request), request.query, language);
    reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.name}"`);
    return reply.send(Buffer.isBuffer(file.body) ? file.body : Readable.from(file.body));
  });

  // JSON-LD documents come as application/ld+json, parsed here as JSON with the larger limit.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/ld+json',
      { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch (error) {
          done(Object.assign(error as Error, { statusCode: 400 }), undefined);
        }
      },
    );
    registerRoute(scope, cpsvApRoutes.import, (request) =>
      importServices(
        request.body,
        { dryRun: request.query.dryRun },
        { principal: requirePrincipal(request), context: auditContextOf(request) },
      ),
    );
  });
}
