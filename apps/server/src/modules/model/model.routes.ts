import type { Language } from '@saimnieks/contracts/language';
import { modelRoutes } from '@saimnieks/contracts/model';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveLanguage } from '../../platform/http/language.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import type { ModelReader } from './use-cases/read-model.ts';

type LanguageRequest = Pick<FastifyRequest<{ Querystring: { lang?: Language | undefined } }>, 'query' | 'headers'>;
const languageOf = (request: LanguageRequest) =>
  resolveLanguage(request.query.lang, request.headers['accept-language']);

/** The model is public reference data: anyone may read it, signed in or not. */
export function registerModelRoutes(app: FastifyInstance, { reader }: { reader: ModelReader }) {
  const view = (request: LanguageRequest) => reader.view(languageOf(request));
  registerRoute(app, modelRoutes.getModel, (request) => view(request).model);
  registerRoute(app, modelRoutes.listTasks, (request) => view(request).tasks);
  registerRoute(app, modelRoutes.getTask, (request) => reader.task(languageOf(request), request.params.code));
  registerRoute(app, modelRoutes.listRoles, (request) => view(request).roles);
  registerRoute(app, modelRoutes.listStages, (request) => view(request).stages);
  registerRoute(app, modelRoutes.listConditions, (request) => view(request).conditions);
  registerRoute(app, modelRoutes.listCapabilities, (request) => view(request).capabilities);
}
