/**
 * Calendar days as ISO strings (YYYY-MM-DD). Day arithmetic runs on UTC midnights, where every
 * day has 24 hours, so no time zone can shift a day.
 */

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayStartMs = (day: string): number => {
  const match = isoDay.exec(day);
  if (match) {
    const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, date);
    // Date.UTC rolls 2025-02-30 over to March; a round trip catches it.
    if (new Date(ms).toISOString().slice(0, 10) === day) {
      return ms;
    }
  }
  throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
};

/** Throws unless `day` is a real calendar day written YYYY-MM-DD. */
export const assertDay = (day: string): string => {
  dayStartMs(day);
  return day;
};

export const dayOf = (year: number, month: number, date: number): string =>
  new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string =>
  new Date(dayStartMs(day) + days * 86_400_000).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: string): number => new Date(dayStartMs(day)).getUTCDay();

export const yearOf = (day: string): number => Number(assertDay(day).slice(0, 4));

/** Milliseconds of `day` at midnight UTC: the base for turning a wall time into an instant. */
export const utcMidnight = dayStartMs;
