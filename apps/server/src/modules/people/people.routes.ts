import { peopleRoutes } from '@saimnieks/contracts/people';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requirePrincipal } from '../../platform/auth/principal.ts';
import { auditContextOf } from '../../platform/http/audit-context.ts';
import { registerRoute } from '../../platform/http/routes.ts';
import { toPerson } from './people.mapper.ts';
import { makeDeactivatePerson } from './use-cases/deactivate-person.ts';
import type { PeopleDependencies } from './use-cases/dependencies.ts';
import { makeInvitePerson } from './use-cases/invite-person.ts';
import { makeReactivatePerson } from './use-cases/reactivate-person.ts';
import { makeReadPeople } from './use-cases/read-people.ts';
import { makeResendInvitation } from './use-cases/resend-invitation.ts';
import { makeSetAdministrator } from './use-cases/set-administrator.ts';
import { makeUpdatePerson } from './use-cases/update-person.ts';

/** Every people route needs a signed-in person; whom they see and change follows their roles. */
export function registerPeopleRoutes(app: FastifyInstance, deps: PeopleDependencies) {
  const read = makeReadPeople(deps);
  const invite = makeInvitePerson(deps);
  const resendInvitation = makeResendInvitation(deps);
  const update = makeUpdatePerson(deps);
  const deactivate = makeDeactivatePerson(deps);
  const reactivate = makeReactivatePerson(deps);
  const setAdministrator = makeSetAdministrator(deps);
  const acting = (request: FastifyRequest) => ({
    principal: requirePrincipal(request),
    context: auditContextOf(request),
  });

  registerRoute(app, peopleRoutes.create, async (request) => toPerson(await invite(request.body, acting(request))));
  registerRoute(app, peopleRoutes.list, async (request) => {
    const { organisation, q, active, limit, offset } = request.query;
    const { rows, total } = await read.list(
      requirePrincipal(request),
      { organisationId: organisation, q, active },
      { limit, offset },
    );
    return { items: rows.map(toPerson), total, limit, offset };
  });
  registerRoute(app, peopleRoutes.get, async (request) =>
    toPerson(await read.get(requirePrincipal(request), request.params.id)),
  );
  registerRoute(app, peopleRoutes.update, async (request) =>
    toPerson(await update(request.params.id, request.body, acting(request))),
  );
  registerRoute(app, peopleRoutes.deactivate, async (request) =>
    toPerson(await deactivate(request.params.id, request.body.version, acting(request))),
  );
  registerRoute(app, peopleRoutes.reactivate, async (request) =>
    toPerson(await reactivate(request.params.id, request.body.version, acting(request))),
  );
  registerRoute(app, peopleRoutes.resendInvitation, async (request) => {
    await resendInvitation(request.params.id, acting(request));
    return null;
  });
  registerRoute(app, peopleRoutes.administrator, async (request) =>
    toPerson(await setAdministrator(request.params.id, request.body, acting(request))),
  );
}
