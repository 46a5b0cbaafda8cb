import { describe, expect, it } from 'vitest';
import { summariseCosts } from './cost-summary.ts';

describe('cost summary', () => {
  describe('summariseCosts', () => {
    it('says nothing when the description states no costs', () => {
      expect(summariseCosts([])).toBeUndefined();
    });

    it('says free when every way of getting the service is free', () => {
      expect(summariseCosts([{ kind: 'free', amount: 0 }])).toEqual({ kind: 'free' });
      expect(
        summariseCosts([
          { kind: 'free', amount: 0 },
          { kind: 'free', amount: 0 },
        ]),
      ).toEqual({ kind: 'free' });
    });

    it('names the one fee or duty and its amount', () => {
      expect(summariseCosts([{ kind: 'state_duty', amount: 12.5 }])).toEqual({ kind: 'state_duty', amount: 12.5 });
    });

    it('gives the lowest amount when several are paid', () => {
      const costs = [
        { kind: 'fee', amount: 30 },
        { kind: 'state_duty', amount: 7.5 },
      ] as const;
      expect(summariseCosts(costs)).toEqual({ kind: 'from', amount: 7.5 });
    });

    it('says free or paid when some ways are free and others are not', () => {
      expect(
        summariseCosts([
          { kind: 'free', amount: 0 },
          { kind: 'fee', amount: 5 },
        ]),
      ).toEqual({
        kind: 'free_or_paid',
      });
    });
  });
});
