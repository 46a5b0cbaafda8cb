import type { ProblemTitles } from '../../platform/http/problems.ts';

export const catalogueProblemTitles: ProblemTitles = {
  'catalogue-service-not-found': {
    lv: 'Publicētajā katalogā šāda pakalpojuma nav',
    en: 'The published catalogue has no such service',
  },
};
