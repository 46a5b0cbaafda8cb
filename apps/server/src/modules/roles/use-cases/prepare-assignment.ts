import type { RoleCode, ScopeKind } from '@saimnieks/contracts/auth';
import type { FieldError } from '@saimnieks/contracts/problem';
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { DB } from '../../../platform/db/database.ts';
import { ForbiddenError } from '../../../platform/errors/errors.ts';
import { activeRulesFor } from '../compatibility.repository.ts';
import { canAssign, mayChangeAssignmentsOf, seesScope } from '../roles.policy.ts';
import { findOverlappingAssignments, findPerson, lockPerson } from '../roles.repository.ts';
import {
  assertAssignablePerson,
  assertNoDuplicate,
  assertOrganisationScope,
  assertScopeKind,
  assertServiceScope,
  type Candidate,
  findConflicts,
  newPeriod,
} from '../roles.rules.ts';
import { resolveScope, selfAssignment, visibleScopes } from './assignment-access.ts';

export interface AssignmentRequest {
  personId: string;
  roleCode: RoleCode;
  scopeKind: ScopeKind;
  scopeId: string;
  validFrom?: string | undefined;
  validUntil?: string | null | undefined;
}

/**
 * Everything an assignment must pass before compatibility, in the order a person fixes them:
 * dates (400), the scope of the role's scale (400), the person (400), then who may assign it
 * (403); then the same role held there already (409). Returns the candidate and the conflicts it
 * would raise. With `lock`, the person stays locked until the transaction ends.
 */
export async function prepareAssignment(
  db: Kysely<DB>,
  principal: Principal,
  input: AssignmentRequest,
  { today, location, lock }: { today: string; location: FieldError['in']; lock: boolean },
) {
  const period = newPeriod(input, today, location);
  assertScopeKind(input.roleCode, input.scopeKind, location);
  const scopes = visibleScopes(db, principal);
  const seen = (path: string[]) => !scopes || path.some((id) => scopes.includes(id));

  // A scope the caller cannot see does not exist for them: 400, as an unknown one.
  const scope = await resolveScope(db, input.scopeKind, input.scopeId);
  const visible = scope && seesScope(principal, scopes, scope.placement) ? scope : undefined;
  if (input.scopeKind === 'service') assertServiceScope(visible, location);
  else assertOrganisationScope(input.roleCode, visible?.organisation, location);

  const person = await (lock ? lockPerson : findPerson)(db, input.personId);
  const personSeen = person && (person.id === principal.person.id || seen(person.ancestor_ids));
  assertAssignablePerson(personSeen ? person : undefined, location);

  if (!mayChangeAssignmentsOf(principal, input.personId)) throw selfAssignment();
  if (!scope || !canAssign(principal, input.roleCode, scope.placement)) {
    throw new ForbiddenError('forbidden', `You may not assign ${input.roleCode} at this scope`);
  }

  const candidate: Candidate = {
    roleCode: input.roleCode,
    scopeKind: input.scopeKind,
    scopeId: input.scopeId,
    period,
  };
  const held = await findOverlappingAssignments(db, input.personId, period);
  assertNoDuplicate(candidate, held);
  const conflicts = findConflicts(await activeRulesFor(db, input.roleCode), candidate, held);
  return { candidate, conflicts };
}
