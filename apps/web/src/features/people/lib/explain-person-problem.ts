import type { ApiProblem } from '../../../lib/api.ts';

type Key =
  | 'problems.staleVersion'
  | 'problems.duplicate'
  | 'problems.cannotDeactivateSelf'
  | 'problems.lastAdministrator'
  | 'problems.personInactive'
  | 'problems.passwordSetAlready';

const byCode: Record<string, Key> = {
  'stale-version': 'problems.staleVersion',
  duplicate: 'problems.duplicate',
  'cannot-deactivate-self': 'problems.cannotDeactivateSelf',
  'last-administrator': 'problems.lastAdministrator',
  'person-inactive': 'problems.personInactive',
  'password-set-already': 'problems.passwordSetAlready',
};

/** The people problems, in the reader's words; the server's detail is English. */
export const explainPersonProblem =
  (t: (key: Key) => string) =>
  (problem: ApiProblem): string | undefined => {
    const key = byCode[problem.code];
    return key ? t(key) : undefined;
  };
