import type { ProblemTitles } from '../../platform/http/problems.ts';

export const catalogueProblemTitles: ProblemTitles = {
  'catalogue-service-not-found': { lv: 'Pakalpojums katalogā nav atrasts', en: 'Service not found in the catalogue' },
};
