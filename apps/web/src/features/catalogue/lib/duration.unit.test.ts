import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.ts';

describe('duration', () => {
  describe('formatDuration', () => {
    it('says a number of days in Latvian with the singular only after 1, 21, 31 …', () => {
      expect(formatDuration('P30D', 'lv')).toBe('30 dienas');
      expect(formatDuration('P1D', 'lv')).toBe('1 diena');
      expect(formatDuration('P21D', 'lv')).toBe('21 diena');
      expect(formatDuration('P11D', 'lv')).toBe('11 dienas');
      expect(formatDuration('P111D', 'lv')).toBe('111 dienas');
    });

    it('says it in English with the singular for one', () => {
      expect(formatDuration('P30D', 'en')).toBe('30 days');
      expect(formatDuration('P1D', 'en')).toBe('1 day');
      expect(formatDuration('P21D', 'en')).toBe('21 days');
    });

    it('joins several units as a list in the grammar of the language', () => {
      expect(formatDuration('P1M15D', 'lv')).toBe('1 mēnesis un 15 dienas');
      expect(formatDuration('P1Y2M3D', 'lv')).toBe('1 gads, 2 mēneši un 3 dienas');
      expect(formatDuration('P1Y2M3D', 'en')).toBe('1 year, 2 months and 3 days');
      expect(formatDuration('P2W', 'lv')).toBe('2 nedēļas');
    });

    it('reads the time part after T, where M means minutes', () => {
      expect(formatDuration('PT2H', 'lv')).toBe('2 stundas');
      expect(formatDuration('PT1H30M', 'en')).toBe('1 hour and 30 minutes');
      expect(formatDuration('PT1M', 'lv')).toBe('1 minūte');
      expect(formatDuration('P1DT12H', 'lv')).toBe('1 diena un 12 stundas');
    });

    it('writes fractions of a second with the decimal sign of the language', () => {
      expect(formatDuration('PT1.5S', 'lv')).toBe('1,5 sekundes');
      expect(formatDuration('PT1.5S', 'en')).toBe('1.5 seconds');
    });

    it('says a zero duration is immediate', () => {
      expect(formatDuration('P0D', 'lv')).toBe('uzreiz');
      expect(formatDuration('PT0S', 'en')).toBe('immediately');
    });

    it('answers nothing for text that is not an ISO 8601 duration', () => {
      for (const text of ['30 days', 'P', 'PT', 'P1DT', 'D30P', 'p30d', '']) {
        expect(formatDuration(text, 'lv'), text).toBeUndefined();
      }
    });
  });
});
