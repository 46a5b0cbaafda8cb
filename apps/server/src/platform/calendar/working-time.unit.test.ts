import { describe, expect, it } from 'vitest';
import { addWorkingTime, createWorkingCalendar, workingTimeBetween } from './working-time.ts';

const officeHours = createWorkingCalendar();
const allHours = createWorkingCalendar({ mode: 'clock-hours' });

/** A Riga wall time with its offset, written out so each test shows which side of a clock change it is on. */
const at = (text: string) => new Date(text);

describe('working time', () => {
  describe('createWorkingCalendar', () => {
    it('works 08:30–17:00 on weekdays and not on weekends or holidays', () => {
      expect(officeHours.workingWindow('2026-03-04')).toEqual({ start: 510, end: 1020 });
      expect(officeHours.workingWindow('2026-03-07')).toBeUndefined();
      expect(officeHours.workingWindow('2026-12-25')).toBeUndefined();
    });

    it('ends the working day an hour early before a holiday', () => {
      expect(officeHours.workingWindow('2026-06-22')).toEqual({ start: 510, end: 960 });
      expect(createWorkingCalendar({ shortenBeforeHolidays: false }).workingWindow('2026-06-22')).toEqual({
        start: 510,
        end: 1020,
      });
    });

    it('works a Saturday the Cabinet made a working day and rests on the day it moved', () => {
      const calendar = createWorkingCalendar({ extraHolidays: ['2026-12-30'], extraWorkingDays: ['2026-12-12'] });
      expect(calendar.workingWindow('2026-12-12')).toEqual({ start: 510, end: 1020 });
      expect(calendar.workingWindow('2026-12-30')).toBeUndefined();
      expect(calendar.workingWindow('2026-12-29')).toEqual({ start: 510, end: 1020 });
    });

    it('refuses working hours that end before they start, and a holiday as a working day', () => {
      expect(() => createWorkingCalendar({ workingHours: { start: '17:00', end: '08:30' } })).toThrow(RangeError);
      expect(() => createWorkingCalendar({ workingHours: { start: '8:30', end: '17:00' } })).toThrow(RangeError);
      expect(() => createWorkingCalendar({ extraWorkingDays: ['2026-12-26'] })).toThrow(RangeError);
    });
  });

  describe('addWorkingTime', () => {
    it('crosses Christmas when adding two working days from the shortened 23 December', () => {
      const start = at('2026-12-23T15:00:00+02:00');
      expect(addWorkingTime(start, 'P2D', officeHours)).toEqual(at('2026-12-29T15:00:00+02:00'));
      // Minutes instead: 60 left on the 23rd (it ends at 16:00), 510 on the 28th, 450 on the 29th.
      expect(addWorkingTime(start, 2 * 510, officeHours)).toEqual(at('2026-12-29T16:00:00+02:00'));
    });

    it('keeps a deadline on Riga office hours across the March clock change', () => {
      expect(addWorkingTime(at('2026-03-27T16:00:00+02:00'), 'PT2H', officeHours)).toEqual(
        at('2026-03-30T09:30:00+03:00'),
      );
    });

    it('keeps a deadline on Riga office hours across the October clock change', () => {
      expect(addWorkingTime(at('2026-10-23T16:00:00+03:00'), 'PT2H', officeHours)).toEqual(
        at('2026-10-26T09:30:00+02:00'),
      );
    });

    it('counts from the next morning when started after hours', () => {
      expect(addWorkingTime(at('2026-03-04T19:00:00+02:00'), 30, officeHours)).toEqual(at('2026-03-05T09:00:00+02:00'));
    });

    it('ends at closing time rather than next morning when the time runs out exactly then', () => {
      expect(addWorkingTime(at('2026-03-04T16:00:00+02:00'), 60, officeHours)).toEqual(at('2026-03-04T17:00:00+02:00'));
    });

    it('stops the clock an hour early on the day before Līgo', () => {
      const start = at('2026-06-22T15:30:00+03:00');
      expect(addWorkingTime(start, 60, officeHours)).toEqual(at('2026-06-25T09:00:00+03:00'));
      expect(addWorkingTime(start, 60, createWorkingCalendar({ shortenBeforeHolidays: false }))).toEqual(
        at('2026-06-22T16:30:00+03:00'),
      );
    });

    it('moves to a shorter day’s closing time when a working day ends before the start’s wall time', () => {
      expect(addWorkingTime(at('2026-06-19T16:30:00+03:00'), 'P1D', officeHours)).toEqual(
        at('2026-06-22T16:00:00+03:00'),
      );
    });

    it('counts every hour in clock hours, a calendar day across the clock change having 23 hours', () => {
      const saturdayNoon = at('2026-03-28T12:00:00+02:00');
      expect(addWorkingTime(saturdayNoon, 'PT24H', allHours)).toEqual(at('2026-03-29T13:00:00+03:00'));
      expect(addWorkingTime(saturdayNoon, 'P1D', allHours)).toEqual(at('2026-03-29T12:00:00+03:00'));
      expect(addWorkingTime(at('2026-12-24T10:00:00+02:00'), 'P1DT2H30M', allHours)).toEqual(
        at('2026-12-25T12:30:00+02:00'),
      );
    });

    it('refuses durations it cannot count', () => {
      for (const duration of ['P1M', 'P1W', 'PT', 'P', '2 hours', -5, Number.NaN]) {
        expect(() => addWorkingTime(at('2026-03-04T10:00:00+02:00'), duration, officeHours)).toThrow(RangeError);
      }
    });
  });

  describe('workingTimeBetween', () => {
    it('counts no time over a weekend', () => {
      expect(workingTimeBetween(at('2025-03-07T15:00:00+02:00'), at('2025-03-10T10:00:00+02:00'), officeHours)).toBe(
        210,
      );
    });

    it('counts the working hours of each day of a longer span, holidays left out', () => {
      // 22 June ends at 16:00, 23 and 24 are Līgo and Jāņi, 25 June counts until noon.
      expect(workingTimeBetween(at('2026-06-22T08:00:00+03:00'), at('2026-06-25T12:00:00+03:00'), officeHours)).toBe(
        450 + 210,
      );
    });

    it('agrees with addWorkingTime across the October clock change', () => {
      const start = at('2026-10-23T16:00:00+03:00');
      expect(workingTimeBetween(start, addWorkingTime(start, 'PT2H', officeHours), officeHours)).toBe(120);
    });

    it('counts 25 hours in clock hours over the October fall-back night', () => {
      expect(workingTimeBetween(at('2026-10-24T12:00:00+03:00'), at('2026-10-25T12:00:00+02:00'), allHours)).toBe(1500);
    });

    it('lets a caller leave out a paused interval by summing the active ones', () => {
      const active = [
        [at('2026-03-02T09:00:00+02:00'), at('2026-03-02T11:00:00+02:00')],
        [at('2026-03-04T14:00:00+02:00'), at('2026-03-04T15:30:00+02:00')],
      ] as const;
      const total = active.reduce((sum, [from, to]) => sum + workingTimeBetween(from, to, officeHours), 0);
      expect(total).toBe(210);
    });

    it('answers a negative span when the end comes first', () => {
      expect(workingTimeBetween(at('2026-03-04T10:00:00+02:00'), at('2026-03-04T09:00:00+02:00'), officeHours)).toBe(
        -60,
      );
    });
  });
});
