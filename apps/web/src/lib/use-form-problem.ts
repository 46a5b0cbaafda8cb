import type { FieldError } from '@saimnieks/contracts/problem';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from './api.ts';
import { describeProblem, type FormProblem } from './problem-text.ts';

/**
 * The problem of a form's last change, ready to show: `fieldError(name)` goes to the field's `error` prop (Mantine
 * links it with aria-describedby), `summary` to a `ProblemSummary` above the form. After each failure the focus
 * moves to the first field in error, or else to the summary, so that keyboard and screen reader users land on it.
 */
export function useFormProblem(
  formFields: readonly string[],
  explain?: (problem: ApiProblem) => string | undefined,
  /** A feature's own words for some field errors; the app's words by rule for the others. */
  fieldText?: (error: FieldError) => string | undefined,
) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ problem: FormProblem; attempt: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldsKey = formFields.join(' ');

  const fieldError = useCallback(
    (error: FieldError) => {
      const own = fieldText?.(error);
      if (own) return own;
      const key = `fieldRules.${error.rule}`;
      return i18n.exists(`app:${key}`) ? t(key as 'fieldRules.required') : error.message;
    },
    [t, i18n, fieldText],
  );

  const show = useCallback(
    (error: unknown) =>
      setState((previous) => ({
        problem: describeProblem(error, fieldsKey.split(' '), {
          fieldError,
          explain,
          unreachable: t('problems.unreachable'),
        }),
        attempt: (previous?.attempt ?? 0) + 1,
      })),
    [fieldsKey, fieldError, explain, t],
  );

  /** Errors found before sending (a required field left empty), as texts by field. */
  const showFields = useCallback(
    (fields: Record<string, string>) =>
      setState((previous) => ({ problem: { fields, summary: null }, attempt: (previous?.attempt ?? 0) + 1 })),
    [],
  );

  const clear = useCallback(() => setState(null), []);

  useEffect(() => {
    if (!state) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? summaryRef.current)?.focus();
  }, [state]);

  return useMemo(
    () => ({
      formRef,
      summaryRef,
      summary: state?.problem.summary ?? null,
      fieldError: (name: string): string | undefined => state?.problem.fields[name],
      hasProblem: state !== null,
      /** The text of a required field left empty. */
      requiredText: t('fieldRules.required'),
      show,
      showFields,
      clear,
    }),
    [state, show, showFields, clear, t],
  );
}

export type FormProblemState = ReturnType<typeof useFormProblem>;
