import { ServiceDescriptionContent } from '@saimnieks/contracts/services';
import type { z } from 'zod';

/** One rule a description breaks, at a dotted path of the content (`channels.0.url`), as the server would name it. */
export interface ContentIssue {
  path: string;
  rule: string;
  message: string;
}

/**
 * The rule an issue breaks: a refinement's own name, else zod's code, as the server's problem details call it. An
 * empty required text (a string shorter than one character) is called `required`, which says what to do.
 */
function ruleOf(issue: z.core.$ZodIssue): string {
  const own = (issue as { params?: { rule?: unknown } }).params?.rule;
  if (typeof own === 'string') return own;
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return 'required';
  return issue.code;
}

/** Checks a value with a schema of the contract, as the server will when it is sent. */
export function schemaIssues(schema: z.ZodType, value: unknown): ContentIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    rule: ruleOf(issue),
    message: issue.message,
  }));
}

/** Checks a description as the server will when it is saved: the contract's own schema, run in the browser. */
export const contentIssues = (content: unknown): ContentIssue[] => schemaIssues(ServiceDescriptionContent, content);

/** The issues by path; a field with several shows them all. */
export function issuesByPath(issues: readonly ContentIssue[]): Map<string, ContentIssue[]> {
  const byPath = new Map<string, ContentIssue[]>();
  for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
  return byPath;
}
