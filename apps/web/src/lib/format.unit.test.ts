import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, formatWait } from './format.ts';

describe('format', () => {
  describe('formatWait', () => {
    it('says a wait in words with the grammar of each language', () => {
      expect(formatWait(900, 'lv')).toBe('pēc 15 minūtēm');
      expect(formatWait(900, 'en')).toBe('in 15 minutes');
      expect(formatWait(60, 'lv')).toBe('pēc 1 minūtes');
    });

    it('rounds up, so that trying again at the time said works', () => {
      expect(formatWait(61, 'en')).toBe('in 2 minutes');
      expect(formatWait(0.2, 'en')).toBe('in 1 second');
      expect(formatWait(45, 'lv')).toBe('pēc 45 sekundēm');
    });

    it('says hours for long waits', () => {
      expect(formatWait(3 * 3600, 'en')).toBe('in 3 hours');
    });
  });

  describe('formatInstant', () => {
    it('shows an instant in Riga time whatever the zone of the machine', () => {
      // ICU versions differ on the dot after the year in Latvian.
      expect(formatInstant('2026-07-15T07:05:00Z', 'lv')).toMatch(/^15\.07\.2026\.? 10:05$/);
      expect(formatInstant('2026-01-15T08:05:09Z', 'en', { seconds: true })).toBe('15/01/2026, 10:05:09');
    });
  });

  describe('formatDay', () => {
    it('shows a calendar day as it is, without moving it across time zones', () => {
      expect(formatDay('2026-11-27', 'lv')).toMatch(/^27\.11\.2026\.?$/);
      expect(formatDay('2026-11-27', 'en')).toBe('27/11/2026');
    });
  });
});
