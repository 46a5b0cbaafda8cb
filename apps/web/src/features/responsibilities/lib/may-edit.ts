import type { ResponsibilityMatrix } from '@saimnieks/contracts/responsibilities';

/** Policy planning: the matrix describes the management system, part of the service management policy. */
export const POLICY_TASK = 'PU1-1';

/**
 * Who edits the matrix follows the matrix itself, as the server decides it: the roles that perform or approve
 * PU1-1 (by default the state lead institution, R01), and the technical administrator.
 */
export function mayEditMatrix(
  matrix: ResponsibilityMatrix,
  editor: { isAdministrator: boolean; roleCodes: readonly string[] },
): boolean {
  if (editor.isAdministrator) return true;
  return matrix.entries.some(
    (entry) =>
      entry.taskCode === POLICY_TASK &&
      (entry.involvement === 'performs' || entry.involvement === 'approves') &&
      editor.roleCodes.includes(entry.roleCode),
  );
}
