import type { Language } from '@saimnieks/contracts/language';
import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem } from '@saimnieks/contracts/problem';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, TooManyRequestsError, ValidationError } from '../errors/errors.ts';
import { resolveLanguage } from './language.ts';

export type ProblemTitles = Record<string, Record<Language, string>>;

const ruleOf = (params: unknown) => {
  const rule = (params as { params?: { rule?: unknown } } | undefined)?.params?.rule;
  return typeof rule === 'string' ? rule : undefined;
};

/** Problem types are relative URIs under /problems/, one per code. */
const typeUri = (code: string) => `/problems/${code}`;

const FASTIFY_CODES: Record<number, string> = {
  400: 'bad-request',
  404: 'not-found',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  503: 'unavailable',
};

/**
 * Installs the one error handler: every error leaves as RFC 9457 problem+json with a title in the
 * request's language. Details of unexpected errors are logged, never sent.
 */
export function registerProblemHandling(app: FastifyInstance, titles: ProblemTitles) {
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    code: string,
    extra: Partial<Problem> & Record<string, unknown>,
  ) => {
    const query = request.query as { lang?: unknown } | undefined;
    const asked = query?.lang === 'lv' || query?.lang === 'en' ? query.lang : undefined;
    const language = resolveLanguage(asked, request.headers['accept-language']);
    const problem: Problem = {
      type: typeUri(code),
      title: titles[code]?.[language] ?? titles[FASTIFY_CODES[status] ?? 'internal']?.[language] ?? code,
      status,
      instance: request.url,
      ...extra,
    };
    return reply.status(status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(problem);
  };

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = error.validationContext ?? 'body';
      const errors: FieldError[] = error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || location,
        in: location,
        // A refinement names its rule in params; built-in checks are named by their issue code.
        rule: ruleOf(issue.params) ?? issue.keyword,
        message: issue.message ?? issue.keyword,
      }));
      const fields = errors.map((entry) => entry.field).join(', ');
      return send(request, reply, 400, 'validation', { detail: `Invalid ${location}: ${fields}`, errors });
    }
    if (error instanceof ValidationError) {
      return send(request, reply, 400, 'validation', { detail: error.message, errors: error.errors });
    }
    if (error instanceof TooManyRequestsError) reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof DomainError) {
      return send(request, reply, error.status, error.code, { ...error.extensions, detail: error.message });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500 || isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'request failed');
      return send(request, reply, 500, 'internal', {
        detail: 'The server could not complete the request; it has been logged.',
      });
    }
    return send(request, reply, status, FASTIFY_CODES[status] ?? 'bad-request', { detail: error.message });
  });

  return {
    /** Answers a request for an address that has no route. */
    notFound: (request: FastifyRequest, reply: FastifyReply) =>
      send(request, reply, 404, 'route-not-found', { detail: `No route for ${request.method} ${request.url}` }),
  };
}
