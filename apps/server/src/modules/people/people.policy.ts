import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.ts';
import type { DB } from '../../platform/db/database.ts';
import { ForbiddenError, ValidationError } from '../../platform/errors/errors.ts';
import { makeOrganisationAccess } from '../organisations/index.ts';
import { findPersonForUpdate, type PersonRow } from './people.repository.ts';
import { assertVersion, personNotFound } from './people.rules.ts';

/**
 * Who may see a person: they themselves, and whoever may see the person's organisation. Asked
 * with the transaction in use (`db`), so the answer holds for the change being made.
 */
export async function canSeePerson(
  db: Kysely<DB>,
  principal: Principal,
  person: Pick<PersonRow, 'id' | 'organisation_id'>,
) {
  return person.id === principal.person.id || makeOrganisationAccess({ db }).canSee(principal, person.organisation_id);
}

/**
 * Who may add people to an organisation or change its people: whoever may manage the
 * organisation. An organisation the caller cannot see answers as if it did not exist.
 */
export async function assertMayManagePeopleIn(db: Kysely<DB>, principal: Principal, organisationId: string) {
  const access = makeOrganisationAccess({ db });
  const organisation = await access.findOrganisation(organisationId);
  if (!organisation || !(await access.canSee(principal, organisationId))) {
    throw new ValidationError('The organisation does not exist', [
      { field: 'organisationId', in: 'body', rule: 'unknown_organisation', message: 'no such organisation' },
    ]);
  }
  if (!(await access.canManage(principal, organisationId))) {
    throw new ForbiddenError('forbidden', 'You may not manage the people of this organisation');
  }
  if (organisation.status === 'archived') {
    throw new ValidationError('The organisation is archived', [
      { field: 'organisationId', in: 'body', rule: 'archived', message: 'is archived' },
    ]);
  }
}

/**
 * Loads a person for a change and locks the row: 404 when the caller cannot see them, 403 when
 * they may not manage the person's organisation, 409 on a stale version. Only an administrator
 * may change an administrator: otherwise whoever manages their organisation could change their
 * email and take the account over with a reset link.
 */
export async function lockPersonForChange(db: Kysely<DB>, principal: Principal, id: string, version: number) {
  const row = await findPersonForUpdate(db, id);
  if (!row || !(await canSeePerson(db, principal, row))) throw personNotFound(id);
  const access = makeOrganisationAccess({ db });
  if (!(await access.canManage(principal, row.organisation_id))) {
    throw new ForbiddenError('forbidden', 'You may not change the people of this organisation');
  }
  if (row.is_administrator && !principal.person.isAdministrator) {
    throw new ForbiddenError('forbidden', 'Only an administrator may change an administrator');
  }
  assertVersion(row.version, version);
  return row;
}
