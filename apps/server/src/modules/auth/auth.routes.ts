import type {} from '@fastify/cookie';
import {
  authRoutes,
  CSRF_HEADER,
  OIDC_CALLBACK_PATH,
  OIDC_START_PATH,
  OidcCallbackQuery,
  type OidcSignInError,
  SESSION_COOKIE,
} from '@saimnieks/contracts/auth';
import { Problem } from '@saimnieks/contracts/problem';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Principal, requirePrincipal } from '../../platform/auth/principal.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { ForbiddenError, NotFoundError } from '../../platform/errors/errors.ts';
import { auditContextOf, requestOrigin } from '../../platform/http/audit-context.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { toApiToken, toMySession } from './auth.mapper.ts';
import { makeOidcClient, type OidcSettings } from './oidc-client.ts';
import { makePrincipalCache } from './principal-cache.ts';
import { makeAuthenticateApiToken, makeAuthenticateSession } from './use-cases/authenticate.ts';
import { makeCreateApiToken } from './use-cases/create-api-token.ts';
import { makeFinishOidcSignIn } from './use-cases/finish-oidc-sign-in.ts';
import type { SessionSettings } from './use-cases/open-session.ts';
import { makeReadApiTokens } from './use-cases/read-api-tokens.ts';
import { makeReadSessions } from './use-cases/read-sessions.ts';
import { makeRevokeApiToken } from './use-cases/revoke-api-token.ts';
import { makeRevokeSession } from './use-cases/revoke-session.ts';
import { makeSignIn } from './use-cases/sign-in.ts';
import { makeSignOut } from './use-cases/sign-out.ts';
import { makeStartOidcSignIn, OIDC_SIGN_IN_MINUTES } from './use-cases/start-oidc-sign-in.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BEARER = /^Bearer +(\S+)$/i;
/** Holds the random value that ties an OpenID Connect callback to the browser that started it. */
const OIDC_COOKIE = 'saimnieks_oidc';
const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';

export interface AuthDependencies {
  database: Database;
  clock: Clock;
  session: SessionSettings;
  /** Whether cookies are marked Secure: when people reach the product over https. */
  secureCookies: boolean;
  /** The address people reach the product at; the OpenID Connect redirect URI is built on it. */
  publicUrl: string;
  /** The OpenID Connect provider, when sign-in through one is configured. */
  oidc: Omit<OidcSettings, 'redirectUri'> | undefined;
}

const sessionInfo = (principal: Principal) => ({
  person: principal.person,
  roles: principal.roles,
  csrfToken: principal.via.kind === 'session' ? principal.via.csrfToken : null,
  expiresAt: principal.via.kind === 'session' ? principal.via.expiresAt.toISOString() : null,
});

/**
 * Sign-in routes and the hook that puts the signed-in person on every request: from a personal
 * API token in `Authorization: Bearer`, else from the session cookie. Changes made through the
 * session cookie must carry the session's CSRF token in a header, which a page on another site
 * cannot read; a Bearer token is never sent by a browser on its own, so it needs none.
 */
export function registerAuthentication(
  app: FastifyInstance,
  { database, clock, session, secureCookies, publicUrl, oidc }: AuthDependencies,
) {
  const { db } = database;
  const authenticateSession = makeAuthenticateSession({ db, clock, session });
  const authenticateApiToken = makeAuthenticateApiToken({ db, clock });
  const signIn = makeSignIn({ db, clock, session });
  const signOut = makeSignOut({ db, clock });
  const readSessions = makeReadSessions({ db, clock, session });
  const revokeSession = makeRevokeSession({ db, clock, session });
  const readApiTokens = makeReadApiTokens({ db });
  const createApiToken = makeCreateApiToken({ db, clock });
  const revokeApiToken = makeRevokeApiToken({ db, clock });

  const principals = makePrincipalCache(clock);

  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      // A request that names its credentials is judged by them alone: a bad token is nobody, even
      // when a session cookie comes along.
      const secret = BEARER.exec(authorization)?.[1];
      request.principal = secret
        ? await principals.through(`token ${secret}`, () => authenticateApiToken(secret))
        : null;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    request.principal = token ? await principals.through(`session ${token}`, () => authenticateSession(token)) : null;
    const via = request.principal?.via;
    if (via?.kind === 'session' && !SAFE_METHODS.has(request.method) && request.url !== authRoutes.login.path) {
      if (request.headers[CSRF_HEADER] !== via.csrfToken) {
        throw new ForbiddenError('csrf', `Changes made with the session cookie need the ${CSRF_HEADER} header`);
      }
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    if (!SAFE_METHODS.has(request.method) && reply.statusCode < 400) principals.clear();
  });

  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies } as const;
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: session.absoluteHours * 3600 });
  const acting = (request: FastifyRequest) => ({
    principal: requirePrincipal(request),
    context: auditContextOf(request),
  });

  registerRoute(app, authRoutes.login, async (request, reply) => {
    const { token } = await signIn(request.body, requestOrigin(request));
    const principal = await authenticateSession(token);
    if (!principal) throw new Error('A session just opened was not found');
    setCookie(reply, token);
    return sessionInfo(principal);
  });

  registerRoute(app, authRoutes.session, (request) => sessionInfo(requirePrincipal(request)));

  registerRoute(app, authRoutes.logout, async (request, reply) => {
    const principal = requirePrincipal(request);
    if (principal.via.kind === 'session') {
      await signOut(principal.via.tokenHash, principal.person.id, auditContextOf(request));
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return null;
  });

  registerRoute(app, authRoutes.methods, () => ({ password: true, oidc: oidc !== undefined }));

  registerRoute(app, authRoutes.listSessions, async (request) => {
    const principal = requirePrincipal(request);
    const rows = await readSessions(principal);
    const currentTokenHash = principal.via.kind === 'session' ? principal.via.tokenHash : null;
    return { items: rows.map((row) => toMySession(row, { idleMinutes: session.idleMinutes, currentTokenHash })) };
  });

  registerRoute(app, authRoutes.revokeSession, async (request, reply) => {
    const { current } = await revokeSession(request.params.id, acting(request));
    if (current) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return null;
  });

  registerRoute(app, authRoutes.listTokens, async (request) => ({
    items: (await readApiTokens(requirePrincipal(request))).map(toApiToken),
  }));

  registerRoute(app, authRoutes.createToken, async (request) => {
    const { row, secret } = await createApiToken(request.body, acting(request));
    return { ...toApiToken(row), secret };
  });

  registerRoute(app, authRoutes.revokeToken, async (request) => {
    await revokeApiToken(request.params.id, acting(request));
    return null;
  });

  registerOidcSignIn(app, { database, clock, session, secureCookies, publicUrl, oidc, setCookie });
}

/**
 * The two browser stops of an OpenID Connect sign-in. Both answer with redirects, not JSON: the
 * browser is navigating. A refusal lands on the sign-in page with `?error=<reason>`.
 */
function registerOidcSignIn(
  app: FastifyInstance,
  {
    database,
    clock,
    session,
    secureCookies,
    publicUrl,
    oidc,
    setCookie,
  }: AuthDependencies & { setCookie: (reply: FastifyReply, token: string) => unknown },
) {
  const client = oidc && makeOidcClient({ ...oidc, redirectUri: `${publicUrl}${OIDC_CALLBACK_PATH}` });
  const deps = client && { db: database.db, clock, session, oidc: client };
  const start = deps && makeStartOidcSignIn(deps);
  const finish = deps && makeFinishOidcSignIn(deps);
  const notConfigured = () =>
    new NotFoundError('oidc-not-configured', 'Sign-in through OpenID Connect is not configured here');
  const refuse = (request: FastifyRequest, reply: FastifyReply, reason: OidcSignInError, detail: string) => {
    request.log.warn({ reason, detail }, 'OpenID Connect sign-in refused');
    return reply.redirect(`/sign-in?error=${reason}`, 302);
  };
  const tags = ['Sign-in'];
  const redirect = z.null().describe('Redirect; see the Location header');

  app.route({
    method: 'GET',
    url: OIDC_START_PATH,
    schema: {
      summary: 'Sign in through the OpenID Connect provider: redirects there',
      tags,
      response: { 302: redirect, 404: Problem },
    },
    handler: async (request, reply) => {
      if (!start) throw notConfigured();
      const started = await start();
      if (started.kind === 'unavailable') return refuse(request, reply, started.reason, started.detail);
      // Lax still sends it on the provider's top-level redirect back to the callback.
      reply.setCookie(OIDC_COOKIE, started.binding, {
        path: OIDC_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: OIDC_SIGN_IN_MINUTES * 60,
      });
      return reply.redirect(started.url.href, 302);
    },
  });

  app.route({
    method: 'GET',
    url: OIDC_CALLBACK_PATH,
    schema: {
      summary: 'Where the provider sends the browser back: opens a session and redirects to the app',
      tags,
      querystring: OidcCallbackQuery,
      response: { 302: redirect, 404: Problem },
    },
    handler: async (request, reply) => {
      if (!finish || !client) throw notConfigured();
      reply.clearCookie(OIDC_COOKIE, { path: OIDC_COOKIE_PATH });
      // The provider's answer exactly as it came; the redirect URI is the one registered with it.
      const callbackUrl = new URL(client.settings.redirectUri);
      callbackUrl.search = new URL(request.raw.url ?? '', 'http://callback').search;
      const finished = await finish(request.cookies[OIDC_COOKIE], callbackUrl, requestOrigin(request));
      if (finished.kind === 'refused') return refuse(request, reply, finished.reason, finished.detail);
      setCookie(reply, finished.token);
      return reply.redirect('/', 302);
    },
  });
}
