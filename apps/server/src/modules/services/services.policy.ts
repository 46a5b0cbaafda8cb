import type { RoleCode } from '@saimnieks/contracts/auth';
import type { Principal } from '../../platform/auth/principal.ts';

/** Where a service sits: its id and the path of its holder from the state down. */
export interface ServicePlacement {
  id: string;
  holderId: string;
  holderPath: string[];
}

/**
 * The roles the responsibility matrix gives each act on services (decision 0016: the matrix is
 * the permission table of the 32 tasks): PU2-1 (portfolio) for adding services, their portfolio
 * attributes and their lifecycle; PU2-7 (descriptions) for writing and publishing descriptions,
 * and its approving role for approval.
 */
/** Where a service is or will be: a new one has no id yet, only its holder. */
type Reach = { id?: string | undefined; holderPath: string[] };

export interface ServicePermissions {
  portfolio: RoleCode[];
  describe: RoleCode[];
  approve: RoleCode[];
}

export const PORTFOLIO_TASK = 'PU2-1';
export const DESCRIPTION_TASK = 'PU2-7';

/** Services where the principal holds one of the service roles (R05–R07 by default). */
export function serviceScopes(principal: Principal, roleCodes: RoleCode[] = ['R05', 'R06', 'R07']): string[] {
  return principal.roles
    .filter((role) => role.scopeKind === 'service' && roleCodes.includes(role.roleCode))
    .map((role) => role.scopeId);
}

/**
 * Whether the principal holds one of `roleCodes` where it reaches the service: an
 * organisation-scoped role at the holder or above it (R01 at the state, R02/R03 over their
 * subtree, R04 at the holder), a service-scoped role at this very service.
 */
export const holdsFor = (principal: Principal, roleCodes: RoleCode[], service: Reach) =>
  principal.roles.some(
    (role) =>
      roleCodes.includes(role.roleCode) &&
      (role.scopeKind === 'organisation' ? service.holderPath.includes(role.scopeId) : role.scopeId === service.id),
  );

/**
 * Who sees a service in the portfolio: whoever sees its holder organisation (`visibleOrganisations`
 * from the organisations module; undefined means everything) and whoever holds a service role for it.
 */
export const canSeeService = (
  principal: Principal,
  visibleOrganisations: string[] | undefined,
  service: ServicePlacement,
) =>
  !visibleOrganisations ||
  service.holderPath.some((id) => visibleOrganisations.includes(id)) ||
  serviceScopes(principal).includes(service.id);

/**
 * Adding services to a holder's portfolio, changing their portfolio attributes and moving them
 * through the lifecycle: the roles of PU2-1 (R04 by default), and the technical administrator,
 * who sets up what the roles then keep.
 */
export const canManagePortfolio = (principal: Principal, permissions: ServicePermissions, service: Reach) =>
  principal.person.isAdministrator || holdsFor(principal, permissions.portfolio, service);

/** Drafting, submitting, publishing and assuring descriptions: the roles that perform or approve PU2-7. */
export const canDescribe = (principal: Principal, permissions: ServicePermissions, service: ServicePlacement) =>
  holdsFor(principal, permissions.describe, service);

/**
 * Approving a submitted description: the role that approves PU2-7 (R04 by default), and never
 * the person who submitted it: approval is a second pair of eyes.
 */
export const canApprove = (
  principal: Principal,
  permissions: ServicePermissions,
  service: ServicePlacement,
  submittedBy: string | null,
) => submittedBy !== principal.person.id && holdsFor(principal, permissions.approve, service);

/** The portfolio's rules (gates, review interval, management degrees) are the state lead institution's. */
export const canChangeSettings = (principal: Principal) =>
  principal.person.isAdministrator || principal.roles.some((role) => role.roleCode === 'R01');
