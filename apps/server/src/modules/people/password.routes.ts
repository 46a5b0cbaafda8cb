import { passwordRoutes } from '@saimnieks/contracts/people';
import type { FastifyInstance } from 'fastify';
import { requestOrigin } from '../../platform/http/audit-context.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { toPerson } from './people.mapper.ts';
import type { PeopleDependencies } from './use-cases/dependencies.ts';
import { makeRequestPasswordReset } from './use-cases/request-password-reset.ts';
import { makeSetPassword } from './use-cases/set-password.ts';
import { makeSetUpFirstAdministrator } from './use-cases/set-up-first-administrator.ts';

/**
 * Routes used with one-time links, before anyone is signed in: setting a password from an
 * invitation or reset link, asking for a reset link, and creating the first administrator.
 */
export function registerPasswordRoutes(app: FastifyInstance, deps: PeopleDependencies) {
  const setPassword = makeSetPassword(deps);
  const requestPasswordReset = makeRequestPasswordReset(deps);
  const setUpFirstAdministrator = makeSetUpFirstAdministrator(deps);

  registerRoute(app, passwordRoutes.setPassword, async (request) => {
    const via = request.principal?.via;
    const currentSession =
      request.principal && via?.kind === 'session'
        ? { personId: request.principal.person.id, tokenHash: via.tokenHash }
        : undefined;
    await setPassword(request.body, requestOrigin(request), currentSession);
    return null;
  });
  registerRoute(app, passwordRoutes.requestReset, async (request) => {
    await requestPasswordReset(request.body.email, requestOrigin(request));
    return null;
  });
  registerRoute(app, passwordRoutes.setup, async (request) =>
    toPerson(await setUpFirstAdministrator(request.body, requestOrigin(request))),
  );
}
