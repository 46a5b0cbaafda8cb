import type { ApiProblem } from '../../../lib/api.ts';

type Key =
  | 'problems.staleVersion'
  | 'problems.workingVersionExists'
  | 'problems.wrongDescriptionStatus'
  | 'problems.serviceLiquidated'
  | 'problems.degreeInUse'
  | 'problems.forbidden';

const byCode: Record<string, Key> = {
  'stale-version': 'problems.staleVersion',
  'working-version-exists': 'problems.workingVersionExists',
  'wrong-description-status': 'problems.wrongDescriptionStatus',
  'service-liquidated': 'problems.serviceLiquidated',
  'degree-in-use': 'problems.degreeInUse',
  forbidden: 'problems.forbidden',
};

/** The portfolio's problems in the reader's words; the server's detail is English. */
export const explainPortfolioProblem =
  (t: (key: Key) => string) =>
  (problem: ApiProblem): string | undefined => {
    const key = byCode[problem.code];
    return key ? t(key) : undefined;
  };
