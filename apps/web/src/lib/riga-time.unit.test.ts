import { describe, expect, it } from 'vitest';
import { rigaLocalToInstant, todayInRiga } from './riga-time.ts';

describe('riga time', () => {
  describe('rigaLocalToInstant', () => {
    it('takes two hours off in winter (EET, UTC+2)', () => {
      expect(rigaLocalToInstant('2026-01-15T10:00')).toBe('2026-01-15T08:00:00.000Z');
    });

    it('takes three hours off in summer (EEST, UTC+3)', () => {
      expect(rigaLocalToInstant('2026-07-15T10:00')).toBe('2026-07-15T07:00:00.000Z');
    });

    it('reads midnight as the start of the day in Riga, the day before in UTC', () => {
      expect(rigaLocalToInstant('2026-11-27T00:00')).toBe('2026-11-26T22:00:00.000Z');
    });

    it('is right on either side of the spring change (29 March 2026, 03:00 becomes 04:00)', () => {
      expect(rigaLocalToInstant('2026-03-29T02:30')).toBe('2026-03-29T00:30:00.000Z');
      expect(rigaLocalToInstant('2026-03-29T04:30')).toBe('2026-03-29T01:30:00.000Z');
    });

    it('answers undefined for what is not a date and time', () => {
      expect(rigaLocalToInstant('')).toBeUndefined();
      expect(rigaLocalToInstant('27.11.2026 10:00')).toBeUndefined();
    });
  });

  describe('todayInRiga', () => {
    it('is already tomorrow in Riga late in the UTC evening', () => {
      expect(todayInRiga(new Date('2026-11-26T22:30:00Z'))).toBe('2026-11-27');
      expect(todayInRiga(new Date('2026-11-26T21:30:00Z'))).toBe('2026-11-26');
    });
  });
});
