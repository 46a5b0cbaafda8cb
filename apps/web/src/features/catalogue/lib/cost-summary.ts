import type { Cost } from '@saimnieks/contracts/services';

/** What a service costs in a few words, for the facts at the top of its page (the costs section has the detail). */
export type CostSummary =
  | { kind: 'free' }
  | { kind: 'fee' | 'state_duty'; amount: number }
  | { kind: 'from'; amount: number }
  | { kind: 'free_or_paid' };

export function summariseCosts(costs: readonly Pick<Cost, 'kind' | 'amount'>[]): CostSummary | undefined {
  if (costs.length === 0) return undefined;
  const paid = costs.filter((cost) => cost.kind !== 'free');
  const [only] = paid;
  if (!only) return { kind: 'free' };
  if (paid.length < costs.length) return { kind: 'free_or_paid' };
  if (paid.length === 1 && only.kind !== 'free') return { kind: only.kind, amount: only.amount };
  return { kind: 'from', amount: Math.min(...paid.map((cost) => cost.amount)) };
}
