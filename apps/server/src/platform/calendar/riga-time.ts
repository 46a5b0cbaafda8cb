import { utcMidnight } from './calendar-day.ts';

/**
 * Wall time in Europe/Riga. Riga's offset is +2 in winter and +3 in summer; clocks jump from 03:00
 * to 04:00 on the last Sunday of March and fall back from 04:00 to 03:00 on the last Sunday of
 * October. Intl knows the rules, so nothing here hard-codes them.
 */

const rigaParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Riga',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface RigaWallTime {
  day: string;
  /** Minutes since local midnight, with seconds and milliseconds as a fraction. */
  minuteOfDay: number;
}

const wallFields = (instantMs: number) => {
  const fields: Record<string, number> = {};
  for (const part of rigaParts.formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') {
      fields[part.type] = Number(part.value);
    }
  }
  return fields as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
};

/** Riga's offset from UTC in minutes at an instant. */
const offsetMinutes = (instantMs: number): number => {
  const whole = Math.floor(instantMs / 1000) * 1000;
  const wall = wallFields(whole);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return (wallAsUtc - whole) / 60_000;
};

export const toRigaWallTime = (instant: Date): RigaWallTime => {
  const ms = instant.getTime();
  const wall = wallFields(ms);
  const day = `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
  return { day, minuteOfDay: wall.hour * 60 + wall.minute + wall.second / 60 + (ms % 1000) / 60_000 };
};

/**
 * The instant of a Riga wall time. A wall time that happens twice (the October fall-back hour) is
 * its first occurrence; one that never happens (the March gap) moves forward by the gap, as a clock
 * on the wall would show it.
 */
export const fromRigaWallTime = (day: string, minuteOfDay: number): Date => {
  const wallMs = utcMidnight(day) + minuteOfDay * 60_000;
  // Half a day either side is far from any other transition, so these are the offsets before and after.
  const offsetBefore = offsetMinutes(wallMs - 43_200_000);
  const offsetAfter = offsetMinutes(wallMs + 43_200_000);
  const candidates = [wallMs - offsetBefore * 60_000, wallMs - offsetAfter * 60_000].filter(
    (instantMs) => wallMs - offsetMinutes(instantMs) * 60_000 === instantMs,
  );
  if (candidates.length === 0) {
    return new Date(wallMs - offsetBefore * 60_000);
  }
  return new Date(Math.min(...candidates));
};
