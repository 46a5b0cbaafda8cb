import type { RoleCode, ScopeKind } from '@saimnieks/contracts/auth';
import type { Language } from '@saimnieks/contracts/language';
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/errors/errors.ts';
import { makeOrganisationAccess } from '../../organisations/index.ts';
import { makeServiceAccess } from '../../services/index.ts';
import { toRoleAssignment } from '../roles.mapper.ts';
import { canAssign, canSeeAssignment, mayChangeAssignmentsOf, type ScopePlacement } from '../roles.policy.ts';
import {
  findAssignment,
  findAssignmentForUpdate,
  findAssignmentView,
  findJustifications,
  lockPerson,
} from '../roles.repository.ts';

export const assignmentNotFound = (id: string) =>
  new NotFoundError('role-assignment-not-found', `No role assignment ${id}`);

export const selfAssignment = () =>
  new ForbiddenError(
    'self-assignment',
    'Nobody assigns or extends a role of their own; ask another person who may assign it',
  );

/** A scope found: where it sits, and for an organisation, what the scale checks need. */
export interface ResolvedScope {
  placement: ScopePlacement;
  organisation?: { kind: string; status: string };
}

/**
 * Where a scope sits in the organisation tree: an organisation by its own path, a service by the
 * path of its holder. Resources will be placed at the institution they belong to once they exist.
 */
export async function resolveScope(
  db: Kysely<DB>,
  scopeKind: ScopeKind,
  scopeId: string,
): Promise<ResolvedScope | undefined> {
  if (scopeKind === 'organisation') {
    const organisation = await makeOrganisationAccess({ db }).findOrganisation(scopeId);
    return (
      organisation && {
        placement: { kind: scopeKind, id: scopeId, organisationPath: organisation.ancestor_ids },
        organisation,
      }
    );
  }
  if (scopeKind === 'service') {
    const service = await makeServiceAccess({ db }).placement(scopeId);
    return service && { placement: { kind: scopeKind, id: scopeId, organisationPath: service.holderPath } };
  }
  return undefined;
}

export const visibleScopes = (db: Kysely<DB>, principal: Principal) =>
  makeOrganisationAccess({ db }).visibleScopes(principal);

/**
 * Loads an assignment for a change, with its person locked first (the order every change to a
 * person's assignments takes): 404 when the caller cannot see it, 403 when they may not assign
 * that role there (or it is their own and `ownAllowed` is false), 409 when stale or revoked.
 */
export async function lockForChange(
  trx: Kysely<DB>,
  principal: Principal,
  id: string,
  version: number,
  { ownAllowed }: { ownAllowed: boolean },
) {
  const found = await findAssignment(trx, id);
  if (!found) throw assignmentNotFound(id);
  await lockPerson(trx, found.person_id);
  const row = await findAssignmentForUpdate(trx, id);
  if (!row) throw assignmentNotFound(id);
  const placement = (await resolveScope(trx, row.scope_kind as ScopeKind, row.scope_id))?.placement;
  if (!canSeeAssignment(principal, visibleScopes(trx, principal), { personId: row.person_id }, placement)) {
    throw assignmentNotFound(id);
  }
  if (!ownAllowed && !mayChangeAssignmentsOf(principal, row.person_id)) throw selfAssignment();
  if (!placement || !canAssign(principal, row.role_code as RoleCode, placement)) {
    throw new ForbiddenError('forbidden', `You may not change assignments of ${row.role_code} at this scope`);
  }
  if (row.version !== version) {
    throw new ConflictError(
      'stale-version',
      `The assignment was changed meanwhile (now version ${row.version}, yours ${version}); reload and try again`,
    );
  }
  if (row.revoked_at) throw new ConflictError('already-revoked', 'The assignment is revoked already');
  return row;
}

/** An assignment as the API shows it, read in the caller's transaction. */
export async function presentAssignment(db: Kysely<DB>, id: string, view: { language: Language; today: string }) {
  const row = await findAssignmentView(db, id);
  if (!row) throw assignmentNotFound(id);
  return toRoleAssignment(row, await findJustifications(db, [id]), view);
}
