import type {} from '@fastify/cookie';
import { authRoutes, CSRF_HEADER, SESSION_COOKIE } from '@saimnieks/contracts/auth';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { type Principal, requirePrincipal } from '../../platform/auth/principal.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { ForbiddenError } from '../../platform/errors/errors.ts';
import { auditContextOf, requestOrigin } from '../../platform/http/audit-context.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { makeAuthenticateSession } from './use-cases/authenticate.ts';
import { makeSignIn, type SessionSettings } from './use-cases/sign-in.ts';
import { makeSignOut } from './use-cases/sign-out.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthDependencies {
  database: Database;
  clock: Clock;
  session: SessionSettings;
  /** Whether cookies are marked Secure: when people reach the product over https. */
  secureCookies: boolean;
}

const sessionInfo = (principal: Principal) => ({
  person: principal.person,
  roles: principal.roles,
  csrfToken: principal.via.kind === 'session' ? principal.via.csrfToken : null,
  expiresAt: principal.via.kind === 'session' ? principal.via.expiresAt.toISOString() : null,
});

/**
 * Sign-in routes and the hook that puts the signed-in person on every request. Changes made
 * through the session cookie must carry the session's CSRF token in a header, which a page on
 * another site cannot read.
 */
export function registerAuthentication(
  app: FastifyInstance,
  { database, clock, session, secureCookies }: AuthDependencies,
) {
  const { db } = database;
  const authenticateSession = makeAuthenticateSession({ db, clock, session });
  const signIn = makeSignIn({ db, clock, session });
  const signOut = makeSignOut({ db, clock });

  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.principal = token ? await authenticateSession(token) : null;
    const via = request.principal?.via;
    if (via?.kind === 'session' && !SAFE_METHODS.has(request.method) && request.url !== authRoutes.login.path) {
      if (request.headers[CSRF_HEADER] !== via.csrfToken) {
        throw new ForbiddenError('csrf', `Changes made with the session cookie need the ${CSRF_HEADER} header`);
      }
    }
  });

  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies,
      maxAge: session.absoluteHours * 3600,
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
}
