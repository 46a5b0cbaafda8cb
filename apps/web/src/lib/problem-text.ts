import type { FieldError } from '@saimnieks/contracts/problem';
import { ApiProblem } from './api.ts';

/** What a form shows after a failed change: a text under each of its fields, and the rest above the form. */
export interface FormProblem {
  fields: Record<string, string>;
  summary: { title: string; detail?: string; errors: string[] } | null;
}

export interface ProblemTexts {
  /** A field error in the UI language, from its rule; the server's own words when the rule is unknown. */
  fieldError: (error: FieldError) => string;
  /** A problem explained in the UI language by its code, when the feature knows the code. */
  explain?: (problem: ApiProblem) => string | undefined;
  /** When no answer came at all (network down, server gone). */
  unreachable: string;
}

/** The form field an error belongs to: the field itself, or the nearest field of the form above it (`contact.email`). */
function formFieldOf(field: string, formFields: readonly string[]): string | undefined {
  const parts = field.split('.');
  for (let length = parts.length; length > 0; length--) {
    const candidate = parts.slice(0, length).join('.');
    if (formFields.includes(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Splits a failed change into what goes next to the form's fields and what goes above the form. A problem
 * whose every error sits at a field needs no summary text beyond its title, which still tells what happened.
 */
export function describeProblem(error: unknown, formFields: readonly string[], texts: ProblemTexts): FormProblem {
  if (!(error instanceof ApiProblem)) {
    return { fields: {}, summary: { title: texts.unreachable, errors: [] } };
  }
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const fieldError of error.fieldErrors) {
    const field = formFieldOf(fieldError.field, formFields);
    const text = texts.fieldError(fieldError);
    if (field === undefined) rest.push(text);
    else fields[field] = fields[field] ? `${fields[field]} ${text}` : text;
  }
  const explained = texts.explain?.(error);
  // A validation problem's detail only lists the field names, which the errors say better.
  const detail = explained ?? (error.fieldErrors.length > 0 ? undefined : error.problem.detail);
  return { fields, summary: { title: error.problem.title, ...(detail ? { detail } : {}), errors: rest } };
}
