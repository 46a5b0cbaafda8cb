import { z } from 'zod';

/** One failed rule of a validation problem: which field, which rule, in words. */
export const FieldError = z
  .object({
    field: z.string().describe('Dotted path of the field, e.g. `lang` or `names.lv`'),
    in: z.enum(['body', 'querystring', 'params', 'headers']),
    rule: z.string().describe('The rule that failed, e.g. `invalid_value`, `too_small`'),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details; every error the API returns has this shape. */
export const Problem = z
  .object({
    type: z.string().describe('URI reference identifying the problem type'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  // Extension members (RFC 9457 §3.2) pass through, e.g. the unmet gates of a refused transition.
  .loose()
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
