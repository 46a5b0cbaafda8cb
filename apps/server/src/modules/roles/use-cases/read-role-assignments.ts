import type { Language } from '@saimnieks/contracts/language';
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import { rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { toRoleAssignment } from '../roles.mapper.ts';
import { canSeeAssignment } from '../roles.policy.ts';
import { type AssignmentFilter, findJustifications, listAssignments } from '../roles.repository.ts';
import { toWarnings } from '../roles.rules.ts';
import { assignmentNotFound, presentAssignment, resolveScope, visibleScopes } from './assignment-access.ts';
import { type AssignmentRequest, prepareAssignment } from './prepare-assignment.ts';

/** Reading assignments: only those whose scope the caller sees (or their own) exist for them. */
export function makeReadRoleAssignments({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    async get(principal: Principal, id: string, language: Language) {
      const presented = await presentAssignment(db, id, { language, today: rigaDay(clock.now()) });
      const scope = await resolveScope(db, presented.scopeKind, presented.scopeId);
      if (!canSeeAssignment(principal, visibleScopes(db, principal), presented, scope?.placement)) {
        throw assignmentNotFound(id);
      }
      return presented;
    },

    async list(
      principal: Principal,
      filter: Omit<AssignmentFilter, 'visibleTo'>,
      page: { limit: number; offset: number },
      language: Language,
    ) {
      const scopes = visibleScopes(db, principal);
      const visibleTo = scopes && { scopes, personId: principal.person.id };
      const { rows, total } = await listAssignments(db, { ...filter, visibleTo }, page);
      const justifications = await findJustifications(
        db,
        rows.map((row) => row.id),
      );
      const today = rigaDay(clock.now());
      return { items: rows.map((row) => toRoleAssignment(row, justifications, { language, today })), total };
    },

    /** What assigning would say about compatibility, after every other check an assignment passes. */
    async check(principal: Principal, input: AssignmentRequest, language: Language) {
      const { conflicts } = await prepareAssignment(db, principal, input, {
        today: rigaDay(clock.now()),
        location: 'querystring',
        lock: false,
      });
      const warnings = toWarnings(conflicts, language);
      return {
        warnings,
        blocked: warnings.some((warning) => warning.mode === 'blocking'),
        justificationRequired: warnings.some((warning) => warning.mode === 'justified'),
      };
    },
  };
}
