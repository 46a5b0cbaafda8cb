import type { RoleCode } from '@saimnieks/contracts/auth';
import type { Approver } from '@saimnieks/contracts/services';
import { organisationScopes, type Principal, seesEverything } from '../../platform/auth/principal.ts';

/** Where a service sits: its id and the path of its holder from the state down. */
export interface ServicePlacement {
  id: string;
  holderId: string;
  holderPath: string[];
}

/** Services where the principal holds one of the service roles (R05–R07 by default). */
export function serviceScopes(principal: Principal, roleCodes: RoleCode[] = ['R05', 'R06', 'R07']): string[] {
  return principal.roles
    .filter((role) => role.scopeKind === 'service' && roleCodes.includes(role.roleCode))
    .map((role) => role.scopeId);
}

const holdsAtHolder = (principal: Principal, service: Pick<ServicePlacement, 'holderId'>, roleCode: RoleCode) =>
  organisationScopes(principal, [roleCode]).includes(service.holderId);

const isServiceOwner = (principal: Principal, service: Pick<ServicePlacement, 'id'>) =>
  serviceScopes(principal, ['R05']).includes(service.id);

/**
 * Who sees a service in the portfolio: whoever sees its holder organisation (`organisationScopes`
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
 * Who manages the portfolio of a holder (adds services, sets kind, priority and management degree,
 * moves them through the lifecycle): the administrator and R01 everywhere, a sector or
 * municipality lead institution (R02, R03) inside its subtree, the holder's portfolio owner (R04).
 */
export function canManagePortfolio(principal: Principal, holder: { id: string; path: string[] }) {
  if (seesEverything(principal)) return true;
  const leads = organisationScopes(principal, ['R02', 'R03']);
  return holder.path.some((id) => leads.includes(id)) || organisationScopes(principal, ['R04']).includes(holder.id);
}

/** Lifecycle transitions: the portfolio's managers and the service owner (R05). */
export const canMoveThroughLifecycle = (principal: Principal, service: ServicePlacement) =>
  canManagePortfolio(principal, { id: service.holderId, path: service.holderPath }) || isServiceOwner(principal, service);

/** Who writes a description (drafts, submits, publishes once approved): the portfolio owner (R04) and the service owner (R05). */
export const canDescribe = (principal: Principal, service: ServicePlacement) =>
  holdsAtHolder(principal, service, 'R04') || isServiceOwner(principal, service);

/**
 * Who approves a submitted description, as the settings say: the portfolio owner, the service
 * owner, or either. Never the person who submitted it: approval is a second pair of eyes.
 */
export function canApprove(
  principal: Principal,
  service: ServicePlacement,
  approver: Approver,
  submittedBy: string | null,
) {
  if (submittedBy === principal.person.id) return false;
  const portfolioOwner = holdsAtHolder(principal, service, 'R04');
  const serviceOwner = isServiceOwner(principal, service);
  if (approver === 'portfolio_owner') return portfolioOwner;
  if (approver === 'service_owner') return serviceOwner;
  return portfolioOwner || serviceOwner;
}

/** The portfolio's rules (gates, approver, review interval, management degrees) are the state lead institution's. */
export const canChangeSettings = (principal: Principal) => seesEverything(principal);
