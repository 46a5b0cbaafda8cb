import type { Responsibility } from '@saimnieks/contracts/responsibilities';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  cellKey,
  cellsOf,
  effectiveChanges,
  entriesOf,
  ruleBreaches,
  taskCodeIn,
  withChange,
} from './matrix.ts';

const saved = cellsOf([
  { taskCode: 'PU1-1', roleCode: 'R01', involvement: 'performs' },
  { taskCode: 'PU1-1', roleCode: 'R02', involvement: 'consulted' },
  { taskCode: 'PU1-2', roleCode: 'R02', involvement: 'performs' },
] satisfies Responsibility[]);

describe('responsibility matrix', () => {
  describe('withChange', () => {
    it('records a change, and forgets it when the cell goes back to its saved value', () => {
      const changed = withChange(new Map(), saved, cellKey('PU1-1', 'R03'), 'informed');
      expect([...changed]).toEqual([['PU1-1 R03', 'informed']]);
      expect(withChange(changed, saved, cellKey('PU1-1', 'R03'), 'none').size).toBe(0);
    });
  });

  describe('applyChanges and entriesOf', () => {
    it('gives the edited matrix as entries in task and role order, without empty cells', () => {
      const changes = new Map([
        [cellKey('PU1-1', 'R02'), 'none' as const],
        [cellKey('PU1-2', 'R01'), 'approves' as const],
      ]);
      const entries = entriesOf(applyChanges(saved, changes), ['PU1-1', 'PU1-2'], ['R01', 'R02']);
      expect(entries).toEqual([
        { taskCode: 'PU1-1', roleCode: 'R01', involvement: 'performs' },
        { taskCode: 'PU1-2', roleCode: 'R01', involvement: 'approves' },
        { taskCode: 'PU1-2', roleCode: 'R02', involvement: 'performs' },
      ]);
    });
  });

  describe('effectiveChanges', () => {
    it('drops changes a newer saved version already holds', () => {
      const newer = cellsOf([{ taskCode: 'PU1-1', roleCode: 'R03', involvement: 'informed' }]);
      const changes = new Map([[cellKey('PU1-1', 'R03'), 'informed' as const]]);
      expect(effectiveChanges(changes, newer).size).toBe(0);
    });
  });

  describe('ruleBreaches', () => {
    it('finds a task nobody performs and a task approved by two roles', () => {
      const cells = cellsOf([
        { taskCode: 'PU1-1', roleCode: 'R01', involvement: 'approves' },
        { taskCode: 'PU1-1', roleCode: 'R02', involvement: 'approves' },
        { taskCode: 'PU1-2', roleCode: 'R01', involvement: 'performs' },
      ]);
      const breaches = ruleBreaches(cells, ['PU1-1', 'PU1-2'], ['R01', 'R02']);
      expect([...breaches]).toEqual([['PU1-1', ['no_performer', 'several_approvers']]]);
    });
  });

  describe('taskCodeIn', () => {
    it('reads the task out of a server message', () => {
      expect(taskCodeIn('nobody performs PU2-10')).toBe('PU2-10');
      expect(taskCodeIn('the matrix breaks its rules')).toBeUndefined();
    });
  });
});
