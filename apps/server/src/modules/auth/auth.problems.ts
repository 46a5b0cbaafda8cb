import type { ProblemTitles } from '../../platform/http/problems.ts';

export const authProblemTitles: ProblemTitles = {
  'sign-in-failed': { lv: 'Pieteikšanās neizdevās', en: 'Sign-in failed' },
  'token-not-allowed': {
    lv: 'Ar API pilnvaru to darīt nevar; piesakieties',
    en: 'Not possible with an API token; sign in',
  },
  'too-many-tokens': { lv: 'Pārāk daudz derīgu API pilnvaru', en: 'Too many usable API tokens' },
  'oidc-not-configured': {
    lv: 'Pieteikšanās ar OpenID Connect nav iestatīta',
    en: 'Sign-in through OpenID Connect is not configured',
  },
};
