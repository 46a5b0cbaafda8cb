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
  const listOf = <Item>(request: LanguageRequest, pick: (model: ReturnType<ModelReader['model']>) => Item[]) => {
    const model = reader.model(languageOf(request));
    return { modelVersion: model.version.version, items: pick(model) };
  };

  registerRoute(app, modelRoutes.getModel, (request) => reader.model(languageOf(request)));
  registerRoute(app, modelRoutes.listTasks, (request) => listOf(request, (model) => model.tasks));
  registerRoute(app, modelRoutes.getTask, (request) => {
    const language = languageOf(request);
    return { ...reader.task(language, request.params.code), modelVersion: reader.model(language).version.version };
  });
  registerRoute(app, modelRoutes.listRoles, (request) => listOf(request, (model) => model.roles));
  registerRoute(app, modelRoutes.listStages, (request) => listOf(request, (model) => model.stages));
  registerRoute(app, modelRoutes.listConditions, (request) => listOf(request, (model) => model.conditionGroups));
  registerRoute(app, modelRoutes.listCapabilities, (request) => listOf(request, (model) => model.capabilities));
}
