import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { registerAuditRoutes } from './modules/audit/index.ts';
import { authProblemTitles, registerAuthentication } from './modules/auth/index.ts';
import { catalogueProblemTitles, registerCatalogueRoutes } from './modules/catalogue/index.ts';
import { cpsvApProblemTitles, registerCpsvApRoutes } from './modules/cpsv-ap/index.ts';
import {
  makeModelReader,
  makeResponsibilities,
  modelProblemTitles,
  registerModelRoutes,
  registerResponsibilityRoutes,
} from './modules/model/index.ts';
import { organisationProblemTitles, registerOrganisationRoutes } from './modules/organisations/index.ts';
import { peopleProblemTitles, registerPasswordRoutes, registerPeopleRoutes } from './modules/people/index.ts';
import { recipientProblemTitles, registerRecipientRoutes } from './modules/recipients/index.ts';
import { registerRoleRoutes, roleProblemTitles } from './modules/roles/index.ts';
import { registerServiceRoutes, serviceProblemTitles } from './modules/services/index.ts';
import type { Clock } from './platform/clock.ts';
import type { Database } from './platform/db/database.ts';
import { registerHealth } from './platform/http/health.ts';
import { registerMetrics } from './platform/http/metrics.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { PLATFORM_PROBLEM_TITLES } from './platform/http/problem-titles.ts';
import { registerProblemHandling } from './platform/http/problems.ts';
import { registerWebApp, sendWebApp, wantsWebApp } from './platform/http/web.ts';
import { type MailTransport, mailTransportFor, makeMailer } from './platform/mail/mail.ts';

export interface AppDependencies {
  config: Config;
  database: Database;
  logger: FastifyBaseLogger;
  clock: Clock;
  /** Where mail goes; by default chosen from the configuration (tests pass one that keeps the messages). */
  mail?: MailTransport;
}

/**
 * Wires the HTTP application: platform plugins first, then every module's routes. The database
 * must already be migrated and hold the model (see prepareDatabase).
 */
export async function buildApp({ config, database, logger, clock, mail }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const problems = registerProblemHandling(app, {
    ...PLATFORM_PROBLEM_TITLES,
    ...modelProblemTitles,
    ...authProblemTitles,
    ...organisationProblemTitles,
    ...roleProblemTitles,
    ...peopleProblemTitles,
    ...recipientProblemTitles,
    ...serviceProblemTitles,
    ...catalogueProblemTitles,
    ...cpsvApProblemTitles,
  });
  await app.register(cookie);
  registerMetrics(app);
  await registerOpenApi(app, { publicUrl: config.publicUrl });

  const reader = makeModelReader({ db: database.db });
  await reader.refresh();
  await registerHealth(app, { database, modelVersion: () => reader.view('lv').modelVersion });
  registerModelRoutes(app, { reader });
  registerAuthentication(app, {
    database,
    clock,
    session: config.session,
    secureCookies: config.publicUrl.startsWith('https:'),
    publicUrl: config.publicUrl,
    oidc: config.oidc,
  });
  registerOrganisationRoutes(app, { database, clock });
  registerRoleRoutes(app, { database, clock });
  registerRecipientRoutes(app, { database, clock });
  registerServiceRoutes(app, { database, clock });
  registerCatalogueRoutes(app, { database });
  registerCpsvApRoutes(app, { database, clock, publicUrl: config.publicUrl });
  const mailTransport = mail ?? mailTransportFor(config.mail, logger);
  app.addHook('onClose', async () => mailTransport.close?.());
  const people = { db: database.db, clock, mailer: makeMailer(mailTransport, logger), publicUrl: config.publicUrl };
  registerPeopleRoutes(app, people);
  registerPasswordRoutes(app, people);
  registerAuditRoutes(app, { database });
  registerResponsibilityRoutes(app, { responsibilities: makeResponsibilities({ db: database.db, clock }) });

  const servesWeb = await registerWebApp(app, { distDir: config.webDistDir });
  app.setNotFoundHandler((request, reply) =>
    servesWeb && wantsWebApp(request) ? sendWebApp(reply) : problems.notFound(request, reply),
  );
  if (!servesWeb) app.log.warn(`No web app build in ${config.webDistDir}; serving the API only`);

  return app;
}
