import type { ProblemTitles } from '../../platform/http/problems.ts';

export const authProblemTitles: ProblemTitles = {
  'sign-in-failed': { lv: 'Pieteikšanās neizdevās', en: 'Sign-in failed' },
};
