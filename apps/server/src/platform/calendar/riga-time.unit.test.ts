import { describe, expect, it } from 'vitest';
import { fromRigaWallTime, toRigaWallTime } from './riga-time.ts';

describe('riga time', () => {
  describe('fromRigaWallTime', () => {
    it('uses +2 in winter and +3 in summer', () => {
      expect(fromRigaWallTime('2026-01-15', 8 * 60 + 30).toISOString()).toBe('2026-01-15T06:30:00.000Z');
      expect(fromRigaWallTime('2026-07-15', 8 * 60 + 30).toISOString()).toBe('2026-07-15T05:30:00.000Z');
    });

    it('moves a wall time in the skipped March hour forward by the gap', () => {
      expect(fromRigaWallTime('2026-03-29', 3 * 60 + 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    });

    it('takes the first of the two October wall times that happen twice', () => {
      expect(fromRigaWallTime('2026-10-25', 3 * 60 + 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    });
  });

  describe('toRigaWallTime', () => {
    it('gives the Riga day and minute, which differ from UTC near midnight', () => {
      expect(toRigaWallTime(new Date('2026-12-31T22:15:30.000Z'))).toEqual({ day: '2027-01-01', minuteOfDay: 15.5 });
    });
  });
});
