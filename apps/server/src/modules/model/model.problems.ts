import type { ProblemTitles } from '../../platform/http/problems.ts';

export const modelProblemTitles: ProblemTitles = {
  'task-not-found': { lv: 'Uzdevums nav atrasts', en: 'Task not found' },
  'responsibilities-not-found': {
    lv: 'Atbildību matricas versija nav atrasta',
    en: 'Responsibility matrix version not found',
  },
};
