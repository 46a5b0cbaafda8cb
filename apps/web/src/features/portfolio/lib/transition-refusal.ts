import { TransitionRefusal } from '@saimnieks/contracts/services';
import type { z } from 'zod';
import { ApiProblem } from '../../../lib/api.ts';

/**
 * The gates a refused transition did not meet and the stages the service may move to, which a 409 carries beside
 * the problem's standard members; undefined for any other failure.
 */
export function refusalOf(error: unknown): z.infer<typeof TransitionRefusal> | undefined {
  if (!(error instanceof ApiProblem) || error.code !== 'transition-refused') return undefined;
  const parsed = TransitionRefusal.safeParse(error.problem);
  return parsed.success ? parsed.data : undefined;
}
