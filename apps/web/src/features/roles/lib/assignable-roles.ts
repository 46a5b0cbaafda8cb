import type { RoleCode, ScopeKind } from '@saimnieks/contracts/auth';
import type { OrganisationKind } from '@saimnieks/contracts/organisations';
import { ROLE_SCALES, scopeOfScale } from '@saimnieks/contracts/roles';

const ROLES = Object.keys(ROLE_SCALES) as RoleCode[];
const heldAt = (scopeKind: ScopeKind) =>
  ROLES.filter((role) => scopeOfScale(ROLE_SCALES[role]).scopeKind === scopeKind);

/**
 * The roles held at an organisation of this kind: R01 at the state, R02 at a sector, R03 at a municipality, R04
 * and R08 at an institution. The others are held at services and resources.
 */
export const rolesForOrganisationKind = (kind: OrganisationKind): RoleCode[] =>
  heldAt('organisation').filter((role) => scopeOfScale(ROLE_SCALES[role]).organisationKind === kind);

/** The roles held at a service: its owner, provider and recipient (R05–R07). */
export const rolesForServices = (): RoleCode[] => heldAt('service');

/** The roles held at resources, which cannot be assigned until Saimnieks holds resources. */
export const rolesAwaitingScopes = (): RoleCode[] => heldAt('resource');
