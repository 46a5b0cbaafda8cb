import type { RoleCode } from '@saimnieks/contracts/auth';
import type { OrganisationKind } from '@saimnieks/contracts/organisations';
import { ROLE_SCALES, scopeOfScale } from '@saimnieks/contracts/roles';

/**
 * The roles held at an organisation of this kind: R01 at the state, R02 at a sector, R03 at a municipality, R04
 * and R08 at an institution. The others are held at services and resources.
 */
export function rolesForOrganisationKind(kind: OrganisationKind): RoleCode[] {
  return (Object.keys(ROLE_SCALES) as RoleCode[]).filter((role) => {
    const scope = scopeOfScale(ROLE_SCALES[role]);
    return scope.scopeKind === 'organisation' && scope.organisationKind === kind;
  });
}

/** The roles held at services and resources, which cannot be assigned until those exist. */
export const rolesAwaitingScopes = (): RoleCode[] =>
  (Object.keys(ROLE_SCALES) as RoleCode[]).filter(
    (role) => scopeOfScale(ROLE_SCALES[role]).scopeKind !== 'organisation',
  );
