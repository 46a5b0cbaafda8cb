import type { RoleCode, ScopeKind } from '@saimnieks/contracts/auth';
import type { Language } from '@saimnieks/contracts/language';
import type { ScaleCode } from '@saimnieks/contracts/model';
import type { FieldError } from '@saimnieks/contracts/problem';
import { ROLE_SCALES, scopeOfScale } from '@saimnieks/contracts/roles';
import { ConflictError, ValidationError } from '../../platform/errors/errors.ts';
import type { CompatibilityRuleRow } from './compatibility.repository.ts';
import type { AssignmentRow } from './roles.repository.ts';

type Location = FieldError['in'];

const AT_SCALE: Record<ScaleCode, string> = {
  state: 'the state',
  sector: 'a sector',
  municipality: 'a municipality',
  institution: 'an institution',
  service: 'a service',
  resource: 'a resource',
};

const invalid = (detail: string, field: string, location: Location, rule: string, message: string) =>
  new ValidationError(detail, [{ field, in: location, rule, message }]);

/** The kinds of scope that exist so far; resources come later (issue 8). */
const AVAILABLE_SCOPES: readonly ScopeKind[] = ['organisation', 'service'];

/**
 * The scope kind must be the one of the role's scale. Resources do not exist yet, so the roles
 * held at them (R09, R10) cannot be given out until they do.
 */
export function assertScopeKind(roleCode: RoleCode, scopeKind: ScopeKind, location: Location = 'body') {
  const scale = ROLE_SCALES[roleCode];
  const expected = scopeOfScale(scale);
  if (expected.scopeKind !== scopeKind) {
    throw invalid(
      `${roleCode} is held at ${AT_SCALE[scale]}`,
      'scopeKind',
      location,
      'wrong_scale',
      `${roleCode} is held at ${AT_SCALE[scale]}; the scope kind must be ${expected.scopeKind}`,
    );
  }
  if (!AVAILABLE_SCOPES.includes(scopeKind)) {
    throw invalid(
      `${roleCode} is held at ${AT_SCALE[scale]}, and there are no ${scopeKind}s to hold it at yet`,
      'scopeKind',
      location,
      'scope_not_available',
      `${scopeKind} scopes are not available yet`,
    );
  }
}

/** The scope organisation exists for the caller, is of the role's scale, and is not archived. */
export function assertOrganisationScope(
  roleCode: RoleCode,
  organisation: { kind: string; status: string } | undefined,
  location: Location = 'body',
) {
  const scale = ROLE_SCALES[roleCode];
  if (!organisation) {
    throw invalid(
      'The scope organisation does not exist',
      'scopeId',
      location,
      'unknown_organisation',
      'no such organisation',
    );
  }
  if (organisation.kind !== scale) {
    const message = `${roleCode} is held at ${AT_SCALE[scale]}; this is ${AT_SCALE[organisation.kind as ScaleCode] ?? organisation.kind}`;
    throw invalid(message, 'scopeId', location, 'wrong_scale', message);
  }
  if (organisation.status === 'archived') {
    throw invalid('The scope organisation is archived', 'scopeId', location, 'archived', 'is archived');
  }
}

/**
 * The scope service exists for the caller. Its stage does not matter: a service is planned with an
 * owner, and one in liquidation still has an owner winding it down.
 */
export function assertServiceScope(service: object | undefined, location: Location = 'body') {
  if (!service) {
    throw invalid('The scope service does not exist', 'scopeId', location, 'unknown_service', 'no such service');
  }
}

/** The person exists for the caller and is active: a deactivated person is given no new roles. */
export function assertAssignablePerson(person: { active: boolean } | undefined, location: Location = 'body') {
  if (!person) throw invalid('The person does not exist', 'personId', location, 'unknown_person', 'no such person');
  if (!person.active) throw invalid('The person is deactivated', 'personId', location, 'inactive', 'is deactivated');
}

export interface Period {
  from: string;
  until: string | null;
}

/**
 * The period of a new assignment: from today unless said otherwise, never starting in the past
 * (a role given today cannot have been held yesterday), never ending before it starts.
 */
export function newPeriod(
  input: { validFrom?: string | undefined; validUntil?: string | null | undefined },
  today: string,
  location: Location = 'body',
): Period {
  const from = input.validFrom ?? today;
  if (from < today) {
    throw invalid(
      'An assignment cannot start in the past',
      'validFrom',
      location,
      'not_in_past',
      `is before today (${today})`,
    );
  }
  const until = input.validUntil ?? null;
  if (until !== null && until < from) {
    throw invalid(
      'An assignment cannot end before it starts',
      'validUntil',
      location,
      'before_valid_from',
      `is before validFrom (${from})`,
    );
  }
  return { from, until };
}

/**
 * The period after a change. What has happened stays as it was: the first day moves only while
 * the assignment has not started, and neither date moves into the past.
 */
export function changedPeriod(
  before: Pick<AssignmentRow, 'valid_from' | 'valid_until'>,
  input: { validFrom?: string | undefined; validUntil?: string | null | undefined },
  today: string,
): Period {
  let from = before.valid_from;
  if (input.validFrom !== undefined && input.validFrom !== before.valid_from) {
    if (before.valid_from <= today) {
      throw invalid(
        'The assignment has started; its first day cannot change',
        'validFrom',
        'body',
        'already_started',
        `the assignment started on ${before.valid_from}`,
      );
    }
    if (input.validFrom < today) {
      throw invalid(
        'An assignment cannot start in the past',
        'validFrom',
        'body',
        'not_in_past',
        `is before today (${today})`,
      );
    }
    from = input.validFrom;
  }
  const until = input.validUntil === undefined ? before.valid_until : input.validUntil;
  if (until !== null && until !== before.valid_until && until < today) {
    throw invalid(
      'An assignment cannot be ended in the past; revoke it to end it now',
      'validUntil',
      'body',
      'not_in_past',
      `is before today (${today})`,
    );
  }
  if (until !== null && until < from) {
    throw invalid(
      'An assignment cannot end before it starts',
      'validUntil',
      'body',
      'before_valid_from',
      `is before validFrom (${from})`,
    );
  }
  return { from, until };
}

export const overlaps = (a: Period, b: Period) =>
  (a.until === null || a.until >= b.from) && (b.until === null || b.until >= a.from);

const periodOf = (row: Pick<AssignmentRow, 'valid_from' | 'valid_until'>): Period => ({
  from: row.valid_from,
  until: row.valid_until,
});

export interface Candidate {
  roleCode: RoleCode;
  scopeKind: ScopeKind;
  scopeId: string;
  period: Period;
}

export interface Conflict {
  rule: CompatibilityRuleRow;
  assignment: AssignmentRow;
}

const sameScope = (candidate: Candidate, row: AssignmentRow) =>
  row.scope_kind === candidate.scopeKind && row.scope_id === candidate.scopeId;

/** The person already holds the same role at the same scope in an overlapping period. */
export function assertNoDuplicate(candidate: Candidate, held: AssignmentRow[]) {
  const same = held.find(
    (row) =>
      !row.revoked_at &&
      row.role_code === candidate.roleCode &&
      sameScope(candidate, row) &&
      overlaps(candidate.period, periodOf(row)),
  );
  if (same) {
    throw new ConflictError(
      'duplicate-assignment',
      `The person holds ${candidate.roleCode} at this scope already in an overlapping period (assignment ${same.id})`,
    );
  }
}

/** Which of the person's assignments the candidate conflicts with, and under which rule. */
export function findConflicts(rules: CompatibilityRuleRow[], candidate: Candidate, held: AssignmentRow[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const assignment of held) {
    if (assignment.revoked_at || !overlaps(candidate.period, periodOf(assignment))) continue;
    for (const rule of rules) {
      if (!rule.active) continue;
      const pairs =
        (rule.role_a === candidate.roleCode && rule.role_b === assignment.role_code) ||
        (rule.role_b === candidate.roleCode && rule.role_a === assignment.role_code);
      if (pairs && (!rule.same_scope_only || sameScope(candidate, assignment))) conflicts.push({ rule, assignment });
    }
  }
  return conflicts;
}

export const conflictKey = (ruleId: string, assignmentId: string) => `${ruleId}/${assignmentId}`;

const reasonOf = (rule: CompatibilityRuleRow, language: Language) =>
  language === 'en' ? rule.reason_en : rule.reason_lv;

const WITH_ASSIGNMENT: Record<Language, (conflict: Conflict) => string> = {
  lv: ({ assignment }) => `Konfliktējošais lomas piešķīrums: ${assignment.id} (${assignment.role_code}).`,
  en: ({ assignment }) => `Conflicting assignment: ${assignment.id} (${assignment.role_code}).`,
};
const GIVE_JUSTIFICATION: Record<Language, string> = {
  lv: 'Lomu var piešķirt tikai ar pamatojumu (justification).',
  en: 'The role can be assigned only with a justification.',
};

const describe = (conflicts: Conflict[], language: Language) =>
  conflicts.map((conflict) => `${reasonOf(conflict.rule, language)} ${WITH_ASSIGNMENT[language](conflict)}`).join(' ');

/**
 * A blocking conflict refuses the assignment; a justified one needs a justification, unless it was
 * justified already (a change to an assignment that was). Answers in the request's language,
 * naming the conflicting assignments. Returns the conflicts the justification now covers.
 */
export function assertCompatible(
  conflicts: Conflict[],
  {
    justification,
    alreadyJustified,
    language,
  }: { justification: string | undefined; alreadyJustified: Set<string>; language: Language },
): Conflict[] {
  const blocking = conflicts.filter((conflict) => conflict.rule.mode === 'blocking');
  if (blocking.length > 0) throw new ConflictError('incompatible-roles', describe(blocking, language));
  const pending = conflicts.filter(
    (conflict) => !alreadyJustified.has(conflictKey(conflict.rule.id, conflict.assignment.id)),
  );
  if (pending.length > 0 && !justification) {
    throw new ConflictError('justification-required', `${describe(pending, language)} ${GIVE_JUSTIFICATION[language]}`);
  }
  return pending;
}

/** The warnings the UI shows before saving: every conflict, blocking or not. */
export const toWarnings = (conflicts: Conflict[], language: Language) =>
  conflicts.map(({ rule, assignment }) => ({
    ruleId: rule.id,
    mode: rule.mode as 'blocking' | 'justified',
    reason: reasonOf(rule, language),
    conflictingAssignment: {
      id: assignment.id,
      roleCode: assignment.role_code as RoleCode,
      scopeKind: assignment.scope_kind as ScopeKind,
      scopeId: assignment.scope_id,
      validFrom: assignment.valid_from,
      validUntil: assignment.valid_until,
    },
  }));
