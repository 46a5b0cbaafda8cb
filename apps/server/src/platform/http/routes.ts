import { Problem } from '@saimnieks/contracts/problem';
import type { RouteContract } from '@saimnieks/contracts/route';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { z } from 'zod';
import { requirePrincipal } from '../auth/principal.ts';

/**
 * A response rendered to JSON ahead of time and checked against its schema then. Data that
 * changes rarely (the model) is rendered once and sent as is, skipping per-request serialisation.
 */
export class RenderedJson<Schema extends z.ZodType> {
  readonly json: string;

  constructor(schema: Schema, value: z.input<Schema>) {
    this.json = JSON.stringify(schema.parse(value));
  }
}

type Input<Schema> = Schema extends z.ZodType ? z.infer<Schema> : undefined;

export type ContractRequest<Params, Query, Body> = FastifyRequest<{
  Params: Input<Params>;
  Querystring: Input<Query>;
  Body: Input<Body>;
}>;

/**
 * Registers a route from its contract: the contract's schemas validate the input and the
 * response, document it in OpenAPI, and type the handler. The handler stays thin: it hands the
 * parsed input to a use case and returns what the use case returns.
 */
export function registerRoute<
  Params extends z.ZodType | undefined,
  Query extends z.ZodType | undefined,
  Body extends z.ZodType | undefined,
  Response extends z.ZodType,
>(
  app: FastifyInstance,
  route: RouteContract<Params, Query, Body, Response>,
  handler: (
    request: ContractRequest<Params, Query, Body>,
    reply: FastifyReply,
  ) => Promise<z.infer<Response> | RenderedJson<Response>> | z.infer<Response> | RenderedJson<Response>,
) {
  const status = route.status ?? 200;
  const options: RouteOptions = {
    method: route.method,
    url: route.path,
    schema: {
      summary: route.summary,
      tags: route.tags,
      ...(route.params ? { params: route.params } : {}),
      ...(route.querystring ? { querystring: route.querystring } : {}),
      ...(route.body ? { body: route.body } : {}),
      response: {
        [status]: route.response,
        400: Problem,
        404: Problem,
        500: Problem,
        ...(route.access === 'signed-in' ? { 401: Problem, 403: Problem } : {}),
      },
      ...(route.access === 'signed-in' ? { security: [{ sessionCookie: [] }, { bearerToken: [] }] } : {}),
    },
    // Before validation: nobody signed in learns nothing, not even which input would be accepted.
    ...(route.access === 'signed-in'
      ? { preValidation: async (request: FastifyRequest) => void requirePrincipal(request) }
      : {}),
    handler: async (request, reply) => {
      reply.status(status);
      const result = await handler(request as ContractRequest<Params, Query, Body>, reply);
      if (result instanceof RenderedJson) return reply.type('application/json; charset=utf-8').send(result.json);
      return result;
    },
  };
  app.route(options);
}
