import type { ProblemTitles } from '../../platform/http/problems.ts';

export const modelProblemTitles: ProblemTitles = {
  'task-not-found': { lv: 'Uzdevums nav atrasts', en: 'Task not found' },
};
