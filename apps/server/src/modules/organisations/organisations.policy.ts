import { organisationScopes, type Principal, seesEverything } from '../../platform/auth/principal.ts';
import type { OrganisationRow } from './organisations.repository.ts';

/**
 * Who may see an organisation: the administrator and the state lead institution see all; any
 * other role holder sees the subtree of the organisation they hold it at; everyone sees their
 * own organisation.
 */
export function visibleScopes(principal: Principal): string[] | undefined {
  if (seesEverything(principal)) return undefined;
  return [...organisationScopes(principal), principal.person.organisationId];
}

export function canSee(principal: Principal, organisation: Pick<OrganisationRow, 'ancestor_ids'>): boolean {
  const scopes = visibleScopes(principal);
  return !scopes || organisation.ancestor_ids.some((id) => scopes.includes(id));
}

/**
 * Who may change an organisation (or create one under it): the administrator and R01 anywhere;
 * a sector or municipality lead institution (R02, R03) inside its subtree; an institution's
 * service portfolio owner (R04) its own institution only, and may not create under it.
 */
export function canManage(
  principal: Principal,
  organisation: Pick<OrganisationRow, 'id' | 'ancestor_ids'>,
  creatingChild = false,
) {
  if (seesEverything(principal)) return true;
  const leads = organisationScopes(principal, ['R02', 'R03']);
  if (organisation.ancestor_ids.some((id) => leads.includes(id))) return true;
  return !creatingChild && organisationScopes(principal, ['R04']).includes(organisation.id);
}
