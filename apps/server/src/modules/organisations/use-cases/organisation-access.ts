import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { canManage, canSee, visibleScopes } from '../organisations.policy.ts';
import { findOrganisation } from '../organisations.repository.ts';

/**
 * What other modules ask about organisations: whether a principal may see one, or manage one
 * (and what is in it), and the subtrees they may see, for filtering lists in SQL
 * (`ancestor_ids && scopes`; undefined means everything).
 */
export function makeOrganisationAccess({ db }: { db: Kysely<DB> }) {
  return {
    visibleScopes,
    async canSee(principal: Principal, organisationId: string) {
      const row = await findOrganisation(db, organisationId);
      return row !== undefined && canSee(principal, row);
    },
    async canManage(principal: Principal, organisationId: string) {
      const row = await findOrganisation(db, organisationId);
      return row !== undefined && canSee(principal, row) && canManage(principal, row);
    },
    findOrganisation: (organisationId: string) => findOrganisation(db, organisationId),
  };
}
export type OrganisationAccess = ReturnType<typeof makeOrganisationAccess>;
