import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { canSeePerson } from '../people.policy.ts';
import { findPerson, listPeople, type PersonFilter } from '../people.repository.ts';
import { personNotFound } from '../people.rules.ts';

/** Reading people: only those the principal may see exist for them. */
export function makeReadPeople({ db }: { db: Kysely<DB> }) {
  const organisations = makeOrganisationAccess({ db });
  return {
    async get(principal: Principal, id: string) {
      const row = await findPerson(db, id);
      if (!row || !(await canSeePerson(db, principal, row))) throw personNotFound(id);
      return row;
    },
    list: (
      principal: Principal,
      filter: Omit<PersonFilter, 'withinAnyOf' | 'alwaysId'>,
      page: { limit: number; offset: number },
    ) =>
      listPeople(
        db,
        { ...filter, withinAnyOf: organisations.visibleScopes(principal), alwaysId: principal.person.id },
        page,
      ),
  };
}
