import type { HeldRole, RoleCode } from '@saimnieks/contracts/auth';
import type { FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../errors/errors.ts';

/** The signed-in person a request acts for, with the roles they hold today. */
export interface Principal {
  person: { id: string; name: string; email: string; organisationId: string; isAdministrator: boolean };
  roles: HeldRole[];
  via: { kind: 'session'; tokenHash: string; csrfToken: string; expiresAt: Date } | { kind: 'token'; tokenId: string };
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** The principal of a route that requires sign-in; 401 problem when nobody is signed in. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new UnauthenticatedError('unauthenticated', 'Sign in to use this address');
  return request.principal;
}

/** The technical administrator and the state lead institution (R01) see every organisation. */
export const seesEverything = (principal: Principal) =>
  principal.person.isAdministrator || principal.roles.some((role) => role.roleCode === 'R01');

/** Organisations where the principal holds one of the roles (any organisation-scoped role by default). */
export function organisationScopes(principal: Principal, roleCodes?: RoleCode[]): string[] {
  return principal.roles
    .filter((role) => role.scopeKind === 'organisation' && (!roleCodes || roleCodes.includes(role.roleCode)))
    .map((role) => role.scopeId);
}
