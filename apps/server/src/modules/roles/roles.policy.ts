import type { RoleCode, ScopeKind } from '@saimnieks/contracts/auth';
import { organisationScopes, type Principal, seesEverything } from '../../platform/auth/principal.ts';

/**
 * Where a scope sits in the organisation tree: for an organisation, its own path from the state
 * (`ancestor_ids`, itself included); for a service or a resource, the path of the institution it
 * belongs to. Every rule below is a question about that path.
 */
export interface ScopePlacement {
  kind: ScopeKind;
  id: string;
  organisationPath: string[];
}

/**
 * Which roles, held where, may assign which roles. The administrator and the state lead
 * institution (R01) assign any role anywhere; the others hand down one level of the model, inside
 * the part of the tree where they hold their own role:
 * - a sector or municipality lead institution (R02, R03): the institution-scale roles (R04, R08)
 *   at institutions in its subtree;
 * - an institution's service portfolio owner (R04): the service roles (R05–R07) at its services;
 * - an institution's resource portfolio owner (R08): the resource roles (R09, R10) at its resources.
 */
const ASSIGNED_BY: Record<RoleCode, { by: RoleCode[]; at: ScopeKind } | undefined> = {
  R01: undefined,
  R02: undefined,
  R03: undefined,
  R04: { by: ['R02', 'R03'], at: 'organisation' },
  R08: { by: ['R02', 'R03'], at: 'organisation' },
  R05: { by: ['R04'], at: 'service' },
  R06: { by: ['R04'], at: 'service' },
  R07: { by: ['R04'], at: 'service' },
  R09: { by: ['R08'], at: 'resource' },
  R10: { by: ['R08'], at: 'resource' },
};

export function canAssign(principal: Principal, roleCode: RoleCode, scope: ScopePlacement): boolean {
  if (seesEverything(principal)) return true;
  const rule = ASSIGNED_BY[roleCode];
  if (!rule || scope.kind !== rule.at) return false;
  const held = organisationScopes(principal, rule.by);
  return scope.organisationPath.some((id) => held.includes(id));
}

/**
 * Nobody assigns or extends a role of their own: that is the one check a second person exists
 * for. The technical administrator is the exception (someone has to give the first roles out).
 */
export const mayChangeAssignmentsOf = (principal: Principal, personId: string) =>
  principal.person.isAdministrator || principal.person.id !== personId;

/**
 * Whether a scope exists for the principal: they see the organisation it sits in (`scopes` from the
 * organisations module; undefined means everything), or they hold a role at it, as a service's
 * owner from another institution does (the services module shows them the service too).
 */
export const seesScope = (principal: Principal, scopes: string[] | undefined, scope: ScopePlacement) =>
  !scopes ||
  scope.organisationPath.some((id) => scopes.includes(id)) ||
  principal.roles.some((role) => role.scopeKind === scope.kind && role.scopeId === scope.id);

/**
 * An assignment is visible where its scope is: to whoever sees the scope organisation, or for
 * a service or resource the organisation holding it (`scopes` from the organisations module;
 * undefined means everything), and always to the person who holds it.
 */
export function canSeeAssignment(
  principal: Principal,
  scopes: string[] | undefined,
  assignment: { personId: string },
  scope: ScopePlacement | undefined,
): boolean {
  if (!scopes || assignment.personId === principal.person.id) return true;
  return scope?.organisationPath.some((id) => scopes.includes(id)) ?? false;
}

/** The state lead institution (R01) keeps the list of incompatible roles; the administrator may too. */
export const canManageCompatibilityRules = (principal: Principal) => seesEverything(principal);
