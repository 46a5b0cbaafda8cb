import { PROBLEM_CONTENT_TYPE, Problem } from '@saimnieks/contracts/problem';
import { type RouteContract, routePath } from '@saimnieks/contracts/route';
import type { z } from 'zod';
import { currentLanguage } from './i18n.ts';

/** A non-2xx answer of the API, carrying its RFC 9457 problem details. */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

type PathParams = z.ZodType<unknown, Record<string, string>>;

interface RequestParts<Params, Query> {
  params?: Params extends z.ZodType ? z.input<Params> : never;
  query?: Query extends z.ZodType ? z.input<Query> : never;
  signal?: AbortSignal;
}

/** GETs a route of the contracts and parses the answer with the route's response schema. */
export async function apiGet<
  Params extends PathParams | undefined,
  Query extends z.ZodType | undefined,
  Response extends z.ZodType,
>(
  route: RouteContract<Params, Query, undefined, Response>,
  { params, query, signal }: RequestParts<Params, Query> = {},
): Promise<z.output<Response>> {
  const search = new URLSearchParams(
    Object.entries(query ?? {}).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
  );
  const url = routePath(route.path, params) + (search.size > 0 ? `?${search}` : '');
  // The browser's Accept-Language need not be the language the user chose in the application.
  const headers = { accept: 'application/json', 'accept-language': currentLanguage() };
  const response = await fetch(url, { headers, signal });
  if (!response.ok) throw new ApiProblem(await readProblem(response));
  return route.response.parse(await response.json());
}

/** A proxy or a crashed server may answer without problem details; the status still tells what happened. */
async function readProblem(response: Response): Promise<Problem> {
  if (response.headers.get('content-type')?.startsWith(PROBLEM_CONTENT_TYPE)) {
    const parsed = Problem.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) return parsed.data;
  }
  return { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status };
}
