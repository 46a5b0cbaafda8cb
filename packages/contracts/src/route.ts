import type { z } from 'zod';

/** An HTTP endpoint as both sides see it: the server registers it, the web app calls it. */
export interface RouteContract<
  Params extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType = z.ZodType,
> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify-style path: `/api/v1/model/tasks/:code`. */
  path: string;
  /**
   * Who may call it at all: anyone, or only a signed-in person (session or API token; 401
   * otherwise). What a signed-in person may do with which record is decided by the module's policy.
   */
  access: 'public' | 'signed-in';
  summary: string;
  tags: string[];
  params?: Params;
  querystring?: Query;
  body?: Body;
  /** The schema of the success response; problem responses are added by the server. */
  response: Response;
  /** Status of the success response. */
  status?: 200 | 201 | 202 | 204;
}

export function defineRoute<
  Params extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
  Response extends z.ZodType = z.ZodType,
>(route: RouteContract<Params, Query, Body, Response>): RouteContract<Params, Query, Body, Response> {
  return route;
}

/** Fills `:name` placeholders of a route path. */
export function routePath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
