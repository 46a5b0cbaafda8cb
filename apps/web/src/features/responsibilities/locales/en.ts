import type { Messages } from '../../../lib/i18n.ts';
import type { responsibilitiesLv } from './lv.ts';

export const responsibilitiesEn: Messages<typeof responsibilitiesLv> = {
  title: 'Responsibility matrix',
  lead: 'Which role performs, approves, is consulted on or informed of each of the 32 tasks. Permissions follow from the matrix; every save becomes a new version.',
  readOnly:
    'The matrix is edited by the roles that perform or approve task PU1-1 (by default the state lead institution for service management, R01) and by administrators. You can view it.',
  version: {
    title: 'Version {{version}}',
    createdAt: 'Saved',
    createdBy: 'Saved by',
    note: 'Note',
    noNote: 'No note',
  },
  legend: {
    title: 'Key',
    performs: 'performs',
    approves: 'approves',
    consulted: 'consulted',
    informed: 'informed',
    none: 'not involved',
  },
  letters: {
    performs: 'P',
    approves: 'A',
    consulted: 'C',
    informed: 'I',
    none: '–',
  },
  table: {
    caption: 'Responsibility matrix: tasks in rows, roles in columns',
    task: 'Task',
  },
  rules: {
    no_performer: 'No role is set to perform this task.',
    several_approvers: 'Only one role may approve a task.',
    summary: 'The matrix has errors ({{count}}): they are marked at the tasks.',
  },
  save: {
    title: 'Save the changes',
    changes: 'Cells changed: {{count}}',
    noChanges: 'No changes.',
    note: 'Note on the changes',
    noteHint: 'Why the matrix changed; shown with the version and in the audit trail.',
    submit: 'Save as a new version',
    discard: 'Discard changes',
    saved: 'Saved as version {{version}}.',
    staleVersion:
      'Someone saved a newer version meanwhile. Your changes are shown on top of it: check them and save again.',
  },
};
