import { randomUUID } from 'node:crypto';
import type { Language } from '@saimnieks/contracts/language';
import type { RoleAssignmentCreate } from '@saimnieks/contracts/roles';
import type { Kysely } from 'kysely';
import { type AuditContext, diffOf, recordAudit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/principal.ts';
import type { Clock } from '../../../platform/clock.ts';
import { rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { auditedAssignment } from '../roles.mapper.ts';
import { insertAssignment, insertJustifications } from '../roles.repository.ts';
import { assertCompatible } from '../roles.rules.ts';
import { presentAssignment } from './assignment-access.ts';
import { prepareAssignment } from './prepare-assignment.ts';

export interface Acting {
  principal: Principal;
  context: AuditContext;
  language: Language;
}

/**
 * Gives a person a role at a scope. A blocking conflict with a role they hold in an overlapping
 * period refuses it; a justified one needs a justification, recorded beside the assignment for
 * each conflict it covers.
 */
export function makeAssignRole({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return async function assignRole(input: RoleAssignmentCreate, { principal, context, language }: Acting) {
    const now = clock.now();
    const today = rigaDay(now);
    return db.transaction().execute(async (trx) => {
      const { candidate, conflicts } = await prepareAssignment(trx, principal, input, {
        today,
        location: 'body',
        lock: true,
      });
      const justified = assertCompatible(conflicts, {
        justification: input.justification,
        alreadyJustified: new Set(),
        language,
      });
      const row = await insertAssignment(trx, {
        id: randomUUID(),
        person_id: input.personId,
        role_code: input.roleCode,
        scope_kind: input.scopeKind,
        scope_id: input.scopeId,
        valid_from: candidate.period.from,
        valid_until: candidate.period.until,
        justification: input.justification ?? null,
        created_at: now,
      });
      const justifications = justified.map((conflict) => ({
        assignment_id: row.id,
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
          action: 'role.assign',
          entityType: 'role_assignment',
          entityId: row.id,
          changes: diffOf(null, {
            ...auditedAssignment(row),
            justifiedConflicts: justifications.map((entry) => ({
              ruleId: entry.rule_id,
              conflictingAssignmentId: entry.conflicting_assignment_id,
            })),
          }),
        },
        now,
      );
      return presentAssignment(trx, row.id, { language, today });
    });
  };
}
