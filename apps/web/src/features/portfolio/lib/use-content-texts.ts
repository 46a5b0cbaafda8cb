import type { FieldError } from '@saimnieks/contracts/problem';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOfPath } from './field-labels.ts';

/**
 * The words for a description's fields and broken rules: a path in words (`channels.0.url`), and a rule's text from
 * the portfolio's rules, else the app's, else the schema's own message.
 */
export function useContentTexts() {
  const { t, i18n } = useTranslation(['portfolio', 'app']);

  const fieldName = useCallback(
    (name: string) =>
      i18n.exists(`portfolio:fields.${name}`) ? t(`portfolio:fields.${name}` as 'portfolio:fields.title') : undefined,
    [t, i18n],
  );

  /** The portfolio's own text for a rule, for `useFormProblem` (which knows the app's rules itself). */
  const ownRuleText = useCallback(
    (rule: string) =>
      i18n.exists(`portfolio:rules.${rule}`) ? t(`portfolio:rules.${rule}` as 'portfolio:rules.unique') : undefined,
    [t, i18n],
  );

  return useMemo(
    () => ({
      labelOf: (path: string) =>
        labelOfPath(path, { field: fieldName, item: (number) => t('portfolio:item', { number }) }),
      ruleText: (rule: string, message: string) =>
        ownRuleText(rule) ??
        (i18n.exists(`app:fieldRules.${rule}`) ? t(`app:fieldRules.${rule}` as 'app:fieldRules.required') : message),
      /** For `useFormProblem`: a server field error in the portfolio's words, when it has some. */
      fieldText: (error: FieldError) => ownRuleText(error.rule),
    }),
    [t, i18n, fieldName, ownRuleText],
  );
}
