import type { ResponsibilityMatrix } from '@saimnieks/contracts/responsibilities';
import { describe, expect, it } from 'vitest';
import { mayEditMatrix } from './may-edit.ts';

const matrix: ResponsibilityMatrix = {
  version: 1,
  modelVersion: 1,
  createdAt: '2026-11-27T00:00:00Z',
  createdBy: 'start-up',
  note: null,
  entries: [
    { taskCode: 'PU1-1', roleCode: 'R01', involvement: 'performs' },
    { taskCode: 'PU1-1', roleCode: 'R02', involvement: 'consulted' },
    { taskCode: 'PU1-2', roleCode: 'R02', involvement: 'performs' },
  ],
};

describe('mayEditMatrix', () => {
  it('lets the roles that perform or approve policy planning edit', () => {
    expect(mayEditMatrix(matrix, { isAdministrator: false, roleCodes: ['R01'] })).toBe(true);
  });

  it('leaves a role only consulted on policy planning, or performing another task, to read', () => {
    expect(mayEditMatrix(matrix, { isAdministrator: false, roleCodes: ['R02'] })).toBe(false);
    expect(mayEditMatrix(matrix, { isAdministrator: false, roleCodes: [] })).toBe(false);
  });

  it('lets the administrator edit without a role', () => {
    expect(mayEditMatrix(matrix, { isAdministrator: true, roleCodes: [] })).toBe(true);
  });
});
