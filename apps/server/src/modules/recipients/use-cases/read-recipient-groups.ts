import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { type GroupFilter, listGroupViews } from '../recipients.repository.ts';
import { loadVisibleGroup } from './group-access.ts';

/** Reading recipient groups: only those of organisations the principal may see exist for them. */
export function makeReadRecipientGroups({ db }: { db: Kysely<DB> }) {
  return {
    get: (principal: Principal, id: string) => loadVisibleGroup(db, principal, id),
    list: (principal: Principal, filter: Omit<GroupFilter, 'withinAnyOf'>, page: { limit: number; offset: number }) =>
      listGroupViews(db, { ...filter, withinAnyOf: makeOrganisationAccess({ db }).visibleScopes(principal) }, page),
  };
}
