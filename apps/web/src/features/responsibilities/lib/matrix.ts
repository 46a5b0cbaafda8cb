import type { RoleCode } from '@saimnieks/contracts/auth';
import type { Involvement, Responsibility } from '@saimnieks/contracts/responsibilities';

/** A cell's value: an involvement, or none. */
export type CellValue = Involvement | 'none';
export const CELL_VALUES: readonly CellValue[] = ['performs', 'approves', 'consulted', 'informed', 'none'];

export const cellKey = (taskCode: string, roleCode: string) => `${taskCode} ${roleCode}`;

export function cellsOf(entries: readonly Responsibility[]): Map<string, Involvement> {
  return new Map(entries.map((entry) => [cellKey(entry.taskCode, entry.roleCode), entry.involvement]));
}

/**
 * The edited matrix: the saved cells with the pending changes over them. Changes are kept apart from the saved
 * matrix so that, when someone else saves a newer version meanwhile, they can be shown on top of it.
 */
export function applyChanges(
  saved: ReadonlyMap<string, Involvement>,
  changes: ReadonlyMap<string, CellValue>,
): Map<string, Involvement> {
  const cells = new Map(saved);
  for (const [key, value] of changes) {
    if (value === 'none') cells.delete(key);
    else cells.set(key, value);
  }
  return cells;
}

/** Records a change to one cell; a change back to the saved value is no change. */
export function withChange(
  changes: ReadonlyMap<string, CellValue>,
  saved: ReadonlyMap<string, Involvement>,
  key: string,
  value: CellValue,
): Map<string, CellValue> {
  const next = new Map(changes);
  if ((saved.get(key) ?? 'none') === value) next.delete(key);
  else next.set(key, value);
  return next;
}

/** Changes that still differ from the saved matrix (after a newer version arrived, some may not). */
export function effectiveChanges(
  changes: ReadonlyMap<string, CellValue>,
  saved: ReadonlyMap<string, Involvement>,
): Map<string, CellValue> {
  return new Map([...changes].filter(([key, value]) => (saved.get(key) ?? 'none') !== value));
}

/** The API's entries, task by task and role by role, in the model's order. */
export function entriesOf(
  cells: ReadonlyMap<string, Involvement>,
  taskCodes: readonly string[],
  roleCodes: readonly RoleCode[],
): Responsibility[] {
  return taskCodes.flatMap((taskCode) =>
    roleCodes.flatMap((roleCode) => {
      const involvement = cells.get(cellKey(taskCode, roleCode));
      return involvement ? [{ taskCode, roleCode, involvement }] : [];
    }),
  );
}

export type MatrixRule = 'no_performer' | 'several_approvers';

/**
 * The rules the server holds a matrix to, checked while editing: every task has a role that performs it, and at
 * most one role approves it.
 */
export function ruleBreaches(
  cells: ReadonlyMap<string, Involvement>,
  taskCodes: readonly string[],
  roleCodes: readonly string[],
): Map<string, MatrixRule[]> {
  const breaches = new Map<string, MatrixRule[]>();
  for (const taskCode of taskCodes) {
    const values = roleCodes.map((roleCode) => cells.get(cellKey(taskCode, roleCode)));
    const rules: MatrixRule[] = [];
    if (!values.includes('performs')) rules.push('no_performer');
    if (values.filter((value) => value === 'approves').length > 1) rules.push('several_approvers');
    if (rules.length > 0) breaches.set(taskCode, rules);
  }
  return breaches;
}

/** The task a server rule error is about: its field is `entries`, so the code is read from the message. */
export const taskCodeIn = (message: string): string | undefined => /\bPU[1-3]-\d{1,2}\b/.exec(message)?.[0];
