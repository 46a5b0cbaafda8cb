import type { FieldError } from '@saimnieks/contracts/problem';
import type { ApiProblem } from '../../../lib/api.ts';

type ProblemKey = 'problems.staleVersion' | 'problems.archived' | 'problems.notFound' | 'problems.forbidden';
type FieldRuleKey =
  | 'fieldRules.unknownService'
  | 'fieldRules.institutionOrMunicipality'
  | 'fieldRules.unique'
  | 'fieldRules.wholeNumber';

const problemByCode: Record<string, ProblemKey> = {
  'stale-version': 'problems.staleVersion',
  'recipient-group-archived': 'problems.archived',
  'recipient-group-not-found': 'problems.notFound',
  'recipient-need-not-found': 'problems.notFound',
  forbidden: 'problems.forbidden',
};

const fieldRuleByRule: Record<string, FieldRuleKey> = {
  unknown_service: 'fieldRules.unknownService',
  institution_or_municipality: 'fieldRules.institutionOrMunicipality',
  unique: 'fieldRules.unique',
};

/** The recipient group problems, in the reader's words; the server's detail is English. */
export const explainRecipientProblem =
  (t: (key: ProblemKey) => string) =>
  (problem: ApiProblem): string | undefined => {
    const key = problemByCode[problem.code];
    return key ? t(key) : undefined;
  };

/** The field rules only this feature's API has; the app says the common ones. */
export const recipientFieldText =
  (t: (key: FieldRuleKey) => string) =>
  (error: FieldError): string | undefined => {
    if (error.field === 'sizeEstimate') return t('fieldRules.wholeNumber');
    const key = fieldRuleByRule[error.rule];
    return key ? t(key) : undefined;
  };
