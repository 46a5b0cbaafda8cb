import { describe, expect, it } from 'vitest';
import { rigaDay } from '../../platform/clock.ts';
import type { CompatibilityRuleRow } from './compatibility.repository.ts';
import type { AssignmentRow } from './roles.repository.ts';
import {
  assertCompatible,
  type Candidate,
  changedPeriod,
  conflictKey,
  findConflicts,
  newPeriod,
  overlaps,
} from './roles.rules.ts';

const TODAY = '2026-11-27';

const rule = (roleA: string, roleB: string, overrides: Partial<CompatibilityRuleRow> = {}): CompatibilityRuleRow => ({
  id: `${roleA}-${roleB}`,
  role_a: roleA,
  role_b: roleB,
  same_scope_only: true,
  mode: 'justified',
  reason_lv: 'Iemesls',
  reason_en: 'Reason',
  active: true,
  version: 1,
  created_at: new Date(),
  updated_at: new Date(),
  ...overrides,
});

const held = (roleCode: string, overrides: Partial<AssignmentRow> = {}): AssignmentRow => ({
  id: `held-${roleCode}`,
  person_id: 'person',
  role_code: roleCode,
  scope_kind: 'service',
  scope_id: 'service-1',
  valid_from: '2026-01-01',
  valid_until: null,
  justification: null,
  revoked_at: null,
  version: 1,
  created_at: new Date(),
  ...overrides,
});

const candidate = (overrides: Partial<Candidate> = {}): Candidate => ({
  roleCode: 'R06',
  scopeKind: 'service',
  scopeId: 'service-1',
  period: { from: TODAY, until: null },
  ...overrides,
});

describe('roles rules', () => {
  describe('rigaDay', () => {
    it('is the calendar day in Riga, two or three hours ahead of UTC', () => {
      expect(rigaDay(new Date('2026-11-27T21:59:00Z'))).toBe('2026-11-27');
      expect(rigaDay(new Date('2026-11-27T22:00:00Z'))).toBe('2026-11-28');
      expect(rigaDay(new Date('2026-06-30T21:00:00Z'))).toBe('2026-07-01');
    });
  });

  describe('overlaps', () => {
    it('counts both first and last days, and an open end as forever', () => {
      expect(overlaps({ from: '2026-01-01', until: '2026-01-31' }, { from: '2026-01-31', until: null })).toBe(true);
      expect(overlaps({ from: '2026-01-01', until: '2026-01-30' }, { from: '2026-01-31', until: null })).toBe(false);
      expect(overlaps({ from: '2030-01-01', until: null }, { from: '2026-01-01', until: null })).toBe(true);
    });
  });

  describe('newPeriod', () => {
    it('starts today by default and refuses a start in the past or an end before the start', () => {
      expect(newPeriod({}, TODAY)).toEqual({ from: TODAY, until: null });
      expect(() => newPeriod({ validFrom: '2026-11-26' }, TODAY)).toThrow('cannot start in the past');
      expect(() => newPeriod({ validFrom: '2026-12-02', validUntil: '2026-12-01' }, TODAY)).toThrow(
        'cannot end before it starts',
      );
    });
  });

  describe('changedPeriod', () => {
    it('moves the first day only before the start, and the last day never into the past', () => {
      const future = { valid_from: '2027-01-01', valid_until: null };
      expect(changedPeriod(future, { validFrom: '2027-02-01' }, TODAY)).toEqual({ from: '2027-02-01', until: null });
      const started = { valid_from: '2026-01-01', valid_until: '2026-11-20' };
      expect(() => changedPeriod(started, { validFrom: '2026-12-01' }, TODAY)).toThrow('has started');
      expect(() => changedPeriod(started, { validUntil: '2026-11-26' }, TODAY)).toThrow('in the past');
      // An unchanged last day in the past is not a change.
      expect(changedPeriod(started, {}, TODAY)).toEqual({ from: '2026-01-01', until: '2026-11-20' });
      expect(changedPeriod(started, { validUntil: null }, TODAY)).toEqual({ from: '2026-01-01', until: null });
    });
  });

  describe('findConflicts', () => {
    it('matches a pair either way round, at the same scope when the rule says so', () => {
      const rules = [rule('R05', 'R06')];
      expect(findConflicts(rules, candidate(), [held('R05')])).toHaveLength(1);
      expect(findConflicts(rules, candidate({ roleCode: 'R05' }), [held('R06')])).toHaveLength(1);
      expect(findConflicts(rules, candidate(), [held('R05', { scope_id: 'service-2' })])).toEqual([]);
      const anywhere = [rule('R05', 'R06', { same_scope_only: false })];
      expect(findConflicts(anywhere, candidate(), [held('R05', { scope_id: 'service-2' })])).toHaveLength(1);
    });

    it('ignores revoked assignments, periods that do not overlap, and retired rules', () => {
      const rules = [rule('R05', 'R06')];
      expect(findConflicts(rules, candidate(), [held('R05', { revoked_at: new Date() })])).toEqual([]);
      expect(findConflicts(rules, candidate(), [held('R05', { valid_until: '2026-11-26' })])).toEqual([]);
      expect(findConflicts([rule('R05', 'R06', { active: false })], candidate(), [held('R05')])).toEqual([]);
      expect(findConflicts(rules, candidate(), [held('R07')])).toEqual([]);
    });
  });

  describe('assertCompatible', () => {
    const options = { justification: undefined, alreadyJustified: new Set<string>(), language: 'en' as const };

    it('refuses a blocking conflict even with a justification', () => {
      const conflicts = findConflicts([rule('R06', 'R07', { mode: 'blocking' })], candidate(), [held('R07')]);
      expect(() => assertCompatible(conflicts, { ...options, justification: 'Because' })).toThrow(
        'Reason Conflicting assignment: held-R07 (R07).',
      );
    });

    it('asks for a justification in the request’s language, and returns the conflicts it covers', () => {
      const conflicts = findConflicts([rule('R05', 'R06')], candidate(), [held('R05')]);
      expect(() => assertCompatible(conflicts, { ...options, language: 'lv' })).toThrow(
        'Iemesls Konfliktējošais lomas piešķīrums: held-R05 (R05).',
      );
      expect(assertCompatible(conflicts, { ...options, justification: 'Mazā iestādē' })).toEqual(conflicts);
    });

    it('does not ask again for a conflict justified already', () => {
      const conflicts = findConflicts([rule('R05', 'R06')], candidate(), [held('R05')]);
      const alreadyJustified = new Set([conflictKey('R05-R06', 'held-R05')]);
      expect(assertCompatible(conflicts, { ...options, alreadyJustified })).toEqual([]);
    });
  });
});
