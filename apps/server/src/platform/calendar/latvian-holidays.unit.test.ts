import { describe, expect, it } from 'vitest';
import { easterSunday, holidaysIn, holidaysOn, isHoliday } from './latvian-holidays.ts';

describe('latvian holidays', () => {
  describe('easterSunday', () => {
    it.each([
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
    ])('puts Easter %i on %s', (year, day) => {
      expect(easterSunday(year)).toBe(day);
    });
  });

  describe('holidaysIn', () => {
    it('lists the days off of 2026 in date order, Easter included', () => {
      expect(holidaysIn(2026).map((holiday) => holiday.date)).toEqual([
        '2026-01-01',
        '2026-04-03',
        '2026-04-05',
        '2026-04-06',
        '2026-05-01',
        '2026-05-04',
        '2026-05-10',
        '2026-05-24',
        '2026-06-23',
        '2026-06-24',
        '2026-11-18',
        '2026-12-24',
        '2026-12-25',
        '2026-12-26',
        '2026-12-31',
      ]);
    });

    it('names every holiday in Latvian with diacritics and in English', () => {
      expect(holidaysOn('2026-06-23')).toEqual([
        { date: '2026-06-23', lv: 'Līgo diena', en: 'Midsummer Eve', kind: 'statutory' },
      ]);
      for (const holiday of holidaysIn(2026)) {
        expect(holiday.lv).not.toBe('');
        expect(holiday.en).not.toBe('');
      }
    });

    it('gives the Monday off when 4 May falls on a Sunday', () => {
      expect(holidaysOn('2025-05-05')).toEqual([
        { date: '2025-05-05', lv: 'Brīvdiena par 4. maiju', en: 'Day off for 4 May', kind: 'substitute' },
      ]);
    });

    it('gives the Monday off when 4 May falls on a Saturday', () => {
      expect(isHoliday('2024-05-06')).toBe(true);
      expect(isHoliday('2024-05-05')).toBe(false);
    });

    it('gives the Monday off when 18 November falls on a Saturday', () => {
      expect(isHoliday('2023-11-20')).toBe(true);
      expect(isHoliday('2023-11-21')).toBe(false);
    });

    it('gives no extra day when 4 May and 18 November fall on weekdays', () => {
      expect(holidaysIn(2026).filter((holiday) => holiday.kind === 'substitute')).toEqual([]);
    });

    it('makes the day after the Song and Dance Festival closes a holiday only when told the closing day', () => {
      expect(isHoliday('2023-07-10')).toBe(false);
      expect(isHoliday('2023-07-10', { songAndDanceFestivalClosingDays: ['2023-07-09'] })).toBe(true);
    });

    it('adds the days off the Cabinet moved, in their own year only', () => {
      const options = { extraHolidays: ['2026-12-30'] };
      expect(holidaysOn('2026-12-30', options)).toEqual([
        { date: '2026-12-30', lv: 'Pārcelta darbdiena', en: 'Transferred working day', kind: 'extra' },
      ]);
      expect(holidaysIn(2027, options).some((holiday) => holiday.date === '2026-12-30')).toBe(false);
    });

    it('refuses years the Gregorian calendar does not cover', () => {
      expect(() => holidaysIn(1500)).toThrow(RangeError);
      expect(() => holidaysIn(2026.5)).toThrow(RangeError);
    });
  });

  describe('isHoliday', () => {
    it('tells holidays from ordinary days, Good Friday and Easter Monday included', () => {
      expect(isHoliday('2025-04-18')).toBe(true);
      expect(isHoliday('2025-04-21')).toBe(true);
      expect(isHoliday('2025-04-22')).toBe(false);
      expect(isHoliday('2026-12-31')).toBe(true);
    });

    it('refuses what is not a calendar day', () => {
      expect(() => isHoliday('2025-02-30')).toThrow(RangeError);
      expect(() => isHoliday('25.12.2025')).toThrow(RangeError);
    });
  });
});
