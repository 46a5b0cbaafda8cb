import type { RoleCode, ScopeKind } from '@saimnieks/contracts/auth';
import type { RoleAssignmentUpdate } from '@saimnieks/contracts/roles';
import type { Kysely } from 'kysely';
import { diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Clock } from '../../../platform/clock.ts';
import { rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { activeRulesFor } from '../compatibility.repository.ts';
import { auditedAssignment } from '../roles.mapper.ts';
import {
  type AssignmentRow,
  findJustifications,
  findOverlappingAssignments,
  insertJustifications,
  updateAssignment,
} from '../roles.repository.ts';
import {
  assertCompatible,
  assertNoDuplicate,
  type Candidate,
  changedPeriod,
  conflictKey,
  findConflicts,
} from '../roles.rules.ts';
import type { Acting } from './assign-role.ts';
import { lockForChange, presentAssignment } from './assignment-access.ts';

/**
 * Changes an assignment's validity dates. New dates may overlap other roles of the person: they
 * are checked as a new assignment would be, except for conflicts justified already.
 */
export function makeUpdateRoleAssignment({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function updateRoleAssignment(
    id: string,
    input: RoleAssignmentUpdate,
    { principal, context, language }: Acting,
  ) {
    const now = clock.now();
    const today = rigaDay(now);
    return db.transaction().execute(async (trx) => {
      const before = await lockForChange(trx, principal, id, input.version, { ownAllowed: false });
      const period = changedPeriod(before, input, today);
      const candidate: Candidate = {
        roleCode: before.role_code as RoleCode,
        scopeKind: before.scope_kind as ScopeKind,
        scopeId: before.scope_id,
        period,
      };
      const held = await findOverlappingAssignments(trx, before.person_id, period, id);
      assertNoDuplicate(candidate, held);
      const recorded = await findJustifications(trx, [id]);
      const justified = assertCompatible(
        findConflicts(await activeRulesFor(trx, candidate.roleCode), candidate, held),
        {
          justification: input.justification,
          alreadyJustified: new Set(
            recorded.map((entry) => conflictKey(entry.rule_id, entry.conflicting_assignment_id)),
          ),
          language,
        },
      );

      const changes: Partial<AssignmentRow> = { valid_from: period.from, valid_until: period.until };
      if (input.justification !== undefined) changes.justification = input.justification;
      const after = await updateAssignment(trx, id, changes);
      const justifications = justified.map((conflict) => ({
        assignment_id: id,
        rule_id: conflict.rule.id,
        conflicting_assignment_id: conflict.assignment.id,
        justification: input.justification ?? '',
        recorded_at: now,
        recorded_by: principal.person.id,
      }));
      await insertJustifications(trx, justifications);
      await recordAudit(
        trx,
        context,
        {
          action: 'role.update',
          entityType: 'role_assignment',
          entityId: id,
          changes: {
            ...diffOf(auditedAssignment(before), auditedAssignment(after)),
            ...(justifications.length > 0
              ? {
                  justifiedConflicts: {
                    before: null,
                    after: justifications.map((entry) => ({
                      ruleId: entry.rule_id,
                      conflictingAssignmentId: entry.conflicting_assignment_id,
                    })),
                  },
                }
              : {}),
          },
        },
        now,
      );
      return presentAssignment(trx, id, { language, today });
    });
  };
}
