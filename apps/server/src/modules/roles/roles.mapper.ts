import type { RoleCode, ScopeKind } from '@saimnieks/contracts/auth';
import type { Language } from '@saimnieks/contracts/language';
import type {
  CompatibilityMode,
  RoleAssignment,
  RoleAssignmentStatus,
  RoleCompatibilityRule,
} from '@saimnieks/contracts/roles';
import type { CompatibilityRuleRow } from './compatibility.repository.ts';
import type { AssignmentRow, AssignmentView, JustificationRow } from './roles.repository.ts';

export function statusOn(row: Pick<AssignmentRow, 'valid_from' | 'valid_until' | 'revoked_at'>, day: string) {
  let status: RoleAssignmentStatus = 'active';
  if (row.revoked_at) status = 'revoked';
  else if (row.valid_from > day) status = 'scheduled';
  else if (row.valid_until !== null && row.valid_until < day) status = 'ended';
  return status;
}

/** An organisation by its name; a service by its identifier and title ("VSAA-12 Dzīvesvietas deklarēšana"). */
function scopeNameOf(row: AssignmentView, language: Language) {
  const name = language === 'en' && row.scope_name_en ? row.scope_name_en : row.scope_name_lv;
  return row.scope_identifier && name ? `${row.scope_identifier} ${name}` : name;
}

export function toRoleAssignment(
  row: AssignmentView,
  justifications: JustificationRow[],
  { language, today }: { language: Language; today: string },
): RoleAssignment {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    roleCode: row.role_code as RoleCode,
    scopeKind: row.scope_kind as ScopeKind,
    scopeId: row.scope_id,
    scopeName: scopeNameOf(row, language),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    status: statusOn(row, today),
    justification: row.justification,
    justifiedConflicts: justifications
      .filter((entry) => entry.assignment_id === row.id)
      .map((entry) => ({ ruleId: entry.rule_id, conflictingAssignmentId: entry.conflicting_assignment_id })),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}

/** The audited view of an assignment: what a person decided, without bookkeeping. */
export const auditedAssignment = (row: AssignmentRow) => ({
  personId: row.person_id,
  roleCode: row.role_code,
  scopeKind: row.scope_kind,
  scopeId: row.scope_id,
  validFrom: row.valid_from,
  validUntil: row.valid_until,
  justification: row.justification,
  revokedAt: row.revoked_at,
});

export const toCompatibilityRule = (row: CompatibilityRuleRow): RoleCompatibilityRule => ({
  id: row.id,
  roleA: row.role_a as RoleCode,
  roleB: row.role_b as RoleCode,
  sameScopeOnly: row.same_scope_only,
  mode: row.mode as CompatibilityMode,
  reason: { lv: row.reason_lv, en: row.reason_en },
  active: row.active,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export const auditedRule = (row: CompatibilityRuleRow) => ({
  roleA: row.role_a,
  roleB: row.role_b,
  sameScopeOnly: row.same_scope_only,
  mode: row.mode,
  reasonLv: row.reason_lv,
  reasonEn: row.reason_en,
  active: row.active,
});
