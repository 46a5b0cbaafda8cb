import { describe, expect, it } from 'vitest';
import { formatEuro } from './money.ts';

// Intl separates the amount and the sign with a no-break space, so that they never end up on two lines.
const NBSP = '\u00a0';

describe('money', () => {
  describe('formatEuro', () => {
    it('writes euro as in Latvia: decimal comma, cents always, the sign after', () => {
      expect(formatEuro(12.5, 'lv')).toBe(`12,50${NBSP}€`);
      expect(formatEuro(7, 'lv')).toBe(`7,00${NBSP}€`);
      // Latvian groups thousands only from five digits on.
      expect(formatEuro(1234.56, 'lv')).toBe(`1234,56${NBSP}€`);
      expect(formatEuro(12345.6, 'lv')).toBe(`12${NBSP}345,60${NBSP}€`);
    });

    it('writes euro in English with the sign first and a decimal point', () => {
      expect(formatEuro(12.5, 'en')).toBe('€12.50');
      expect(formatEuro(1234.56, 'en')).toBe('€1,234.56');
    });
  });
});
