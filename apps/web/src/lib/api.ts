import { authRoutes, CSRF_HEADER } from '@saimnieks/contracts/auth';
import { type FieldError, PROBLEM_CONTENT_TYPE, Problem } from '@saimnieks/contracts/problem';
import { type RouteContract, routePath } from '@saimnieks/contracts/route';
import type { z } from 'zod';
import { currentLanguage } from './i18n.ts';

/** A non-2xx answer of the API, carrying its RFC 9457 problem details. */
export class ApiProblem extends Error {
  readonly problem: Problem;
  /** From `Retry-After` (429, 503): how long the server asks the caller to wait. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, { retryAfterSeconds }: { retryAfterSeconds?: number } = {}) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The problem code: `/problems/stale-version` is `stale-version`. */
  get code(): string {
    return this.problem.type.replace(/^\/problems\//, '');
  }

  get fieldErrors(): readonly FieldError[] {
    return this.problem.errors ?? [];
  }
}

type PathParams = z.ZodType<unknown, Record<string, string>>;

interface RequestParts<Params, Query> {
  params?: Params extends z.ZodType ? z.input<Params> : never;
  query?: Query extends z.ZodType ? z.input<Query> : never;
  signal?: AbortSignal;
}

/** A route with a body needs one; a route without one takes none. */
type SendParts<Params, Query, Body> = RequestParts<Params, Query> &
  (Body extends z.ZodType ? { body: z.input<Body> } : { body?: never });

function urlOf(route: RouteContract, params: unknown, query: unknown): string {
  const search = new URLSearchParams(
    Object.entries(query ?? {}).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
  );
  return routePath(route.path, params as Record<string, string> | undefined) + (search.size > 0 ? `?${search}` : '');
}

/** The browser's Accept-Language need not be the language the user chose in the application. */
const languageHeaders = () => ({ accept: 'application/json', 'accept-language': currentLanguage() });

/** GETs a route of the contracts and parses the answer with the route's response schema. */
export async function apiGet<
  Params extends PathParams | undefined,
  Query extends z.ZodType | undefined,
  Response extends z.ZodType,
>(
  route: RouteContract<Params, Query, undefined, Response>,
  { params, query, signal }: RequestParts<Params, Query> = {},
): Promise<z.output<Response>> {
  const response = await fetch(urlOf(route, params, query), { headers: languageHeaders(), signal });
  if (!response.ok) throw await problemOf(response);
  return route.response.parse(await response.json());
}

/**
 * The session's CSRF token: `undefined` until known, `null` when nobody is signed in. The session
 * query remembers it whenever it reads the session; a change made before that asks for it.
 */
let csrfToken: string | null | undefined;

export function rememberCsrfToken(token: string | null | undefined): void {
  csrfToken = token;
}

async function csrfHeaders(): Promise<Record<string, string>> {
  if (csrfToken === undefined) {
    csrfToken = await apiGet(authRoutes.session).then(
      (session) => session.csrfToken,
      () => null,
    );
  }
  return csrfToken ? { [CSRF_HEADER]: csrfToken } : {};
}

/**
 * Sends a change (POST, PUT, PATCH, DELETE) to a route of the contracts: the body as JSON, the session's CSRF
 * token in its header. Answers the parsed response; throws `ApiProblem` for a problem.
 */
export async function apiSend<
  Params extends PathParams | undefined,
  Query extends z.ZodType | undefined,
  Body extends z.ZodType | undefined,
  Response extends z.ZodType,
>(
  route: RouteContract<Params, Query, Body, Response>,
  parts: SendParts<Params, Query, Body>,
): Promise<z.output<Response>> {
  const { params, query, body, signal } = parts as RequestParts<Params, Query> & { body?: unknown };
  const send = async () =>
    fetch(urlOf(route, params, query), {
      method: route.method,
      headers: {
        ...languageHeaders(),
        ...(await csrfHeaders()),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  let response = await send();
  if (!response.ok) {
    const problem = await problemOf(response);
    // The session was replaced (signed in again in another tab): ask for the new token once.
    if (problem.status !== 403 || problem.code !== 'csrf') throw problem;
    csrfToken = undefined;
    response = await send();
    if (!response.ok) throw await problemOf(response);
  }
  const text = await response.text();
  return route.response.parse(text === '' ? null : JSON.parse(text));
}

/** A proxy or a crashed server may answer without problem details; the status still tells what happened. */
async function problemOf(response: Response): Promise<ApiProblem> {
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  const extra = { retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined };
  if (response.headers.get('content-type')?.startsWith(PROBLEM_CONTENT_TYPE)) {
    const parsed = Problem.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) return new ApiProblem(parsed.data, extra);
  }
  const title = response.statusText || `HTTP ${response.status}`;
  return new ApiProblem({ type: 'about:blank', title, status: response.status }, extra);
}
