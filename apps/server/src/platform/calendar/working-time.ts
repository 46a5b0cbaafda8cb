import { addDays, assertDay, weekday, yearOf } from './calendar-day.ts';
import { type HolidayOptions, holidaysIn } from './latvian-holidays.ts';
import { fromRigaWallTime, toRigaWallTime } from './riga-time.ts';

/**
 * SLA arithmetic on a working calendar in Europe/Riga. `working-hours` counts only the working
 * window of working days; `clock-hours` counts all elapsed time (24/7). Pausing a clock is the
 * caller's business: sum `workingTimeBetween` over the intervals that count.
 */

export type CalendarMode = 'working-hours' | 'clock-hours';

export interface WorkingCalendarOptions extends HolidayOptions {
  mode?: CalendarMode;
  /** Local wall times HH:MM; the end may be 24:00. Default 08:30–17:00. */
  workingHours?: { start: string; end: string };
  /**
   * The Labour Law (Darba likums, Section 135) shortens the working day before a public holiday
   * by one hour; the day ends an hour earlier. Default on.
   */
  shortenBeforeHolidays?: boolean;
  /** Weekend days the Cabinet made working days when it moved a working day (YYYY-MM-DD). */
  extraWorkingDays?: readonly string[];
}

/** A day's working window in minutes since local midnight. */
export interface WorkingWindow {
  start: number;
  end: number;
}

export interface WorkingCalendar {
  readonly mode: CalendarMode;
  /** The working window of `day` (YYYY-MM-DD), or undefined when no work is done that day. */
  workingWindow(day: string): WorkingWindow | undefined;
}

/** A duration as minutes, or ISO 8601 `PnDTnHnMnS`; in working hours a day is a working day. */
export type Duration = number | string;

const wallTime = /^(\d{2}):(\d{2})$/;

const parseWallTime = (text: string): number => {
  const match = wallTime.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
    throw new RangeError(`Not a wall time (HH:MM): ${text}`);
  }
  return minutes;
};

export const createWorkingCalendar = (options: WorkingCalendarOptions = {}): WorkingCalendar => {
  const mode = options.mode ?? 'working-hours';
  const start = parseWallTime(options.workingHours?.start ?? '08:30');
  const end = parseWallTime(options.workingHours?.end ?? '17:00');
  const shorten = options.shortenBeforeHolidays ?? true;
  if (end - start <= (shorten ? 60 : 0)) {
    throw new RangeError('The working day must end after it starts, and more than an hour after when shortened');
  }
  const holidayOptions: HolidayOptions = {
    extraHolidays: options.extraHolidays ?? [],
    songAndDanceFestivalClosingDays: options.songAndDanceFestivalClosingDays ?? [],
  };
  const holidaysByYear = new Map<number, Map<string, boolean>>();
  /** undefined: no holiday; true: a holiday the law names; false: a substitute or given day off. */
  const holidayOn = (day: string): boolean | undefined => {
    const year = yearOf(day);
    let days = holidaysByYear.get(year);
    if (!days) {
      days = new Map();
      for (const holiday of holidaysIn(year, holidayOptions)) {
        days.set(holiday.date, days.get(holiday.date) === true || holiday.kind === 'statutory');
      }
      holidaysByYear.set(year, days);
    }
    return days.get(day);
  };
  const extraWorkingDays = new Set((options.extraWorkingDays ?? []).map(assertDay));
  for (const day of extraWorkingDays) {
    if (holidayOn(day) !== undefined) {
      throw new RangeError(`A holiday cannot be a working day: ${day}`);
    }
  }
  const isWorkingDay = (day: string) =>
    extraWorkingDays.has(day) || (weekday(day) !== 0 && weekday(day) !== 6 && holidayOn(day) === undefined);

  return {
    mode,
    workingWindow: (day) => {
      if (!isWorkingDay(day)) {
        return undefined;
      }
      const shortened = shorten && holidayOn(addDays(day, 1)) === true;
      return { start, end: shortened ? end - 60 : end };
    },
  };
};

const isoDuration = /^P(?:(\d+)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const parseDuration = (duration: Duration): { days: number; minutes: number } => {
  if (typeof duration === 'number') {
    if (!Number.isFinite(duration) || duration < 0) {
      throw new RangeError(`Not a duration in minutes: ${duration}`);
    }
    return { days: 0, minutes: duration };
  }
  const match = isoDuration.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) {
    throw new RangeError(`Not an ISO 8601 duration of days, hours, minutes and seconds: ${duration}`);
  }
  const part = (index: number) => Number(match[index] ?? 0);
  return { days: part(1), minutes: part(2) * 60 + part(3) + part(4) / 60 };
};

const searchLimitDays = 3660;

const windowInstants = (day: string, window: WorkingWindow) =>
  [fromRigaWallTime(day, window.start).getTime(), fromRigaWallTime(day, window.end).getTime()] as const;

/** The first working day on or after `day`. */
const workingDayFrom = (calendar: WorkingCalendar, day: string): [string, WorkingWindow] => {
  let candidate = day;
  for (let step = 0; step < searchLimitDays; step += 1) {
    const window = calendar.workingWindow(candidate);
    if (window) {
      return [candidate, window];
    }
    candidate = addDays(candidate, 1);
  }
  throw new RangeError(`No working day within ${searchLimitDays} days after ${day}`);
};

/** The instant itself when it is inside working time, or the start of the next working window. */
const nextWorkingMoment = (calendar: WorkingCalendar, instantMs: number): number => {
  let [day, window] = workingDayFrom(calendar, toRigaWallTime(new Date(instantMs)).day);
  let [opens, closes] = windowInstants(day, window);
  if (instantMs >= closes) {
    [day, window] = workingDayFrom(calendar, addDays(day, 1));
    [opens, closes] = windowInstants(day, window);
  }
  return Math.max(instantMs, opens);
};

const addWorkingMinutes = (calendar: WorkingCalendar, startMs: number, minutes: number): number => {
  let remainingMs = minutes * 60_000;
  let [day, window] = workingDayFrom(calendar, toRigaWallTime(new Date(startMs)).day);
  let cursor = startMs;
  for (;;) {
    const [opens, closes] = windowInstants(day, window);
    cursor = Math.max(cursor, opens);
    const available = Math.max(0, closes - cursor);
    if (remainingMs <= available) {
      return cursor + remainingMs;
    }
    remainingMs -= available;
    [day, window] = workingDayFrom(calendar, addDays(day, 1));
  }
};

/**
 * The deadline `duration` of counted time after `start`. In working hours, a start outside working
 * time counts from the next working moment, `nD` moves n working days on at the same wall time
 * (or the day's end when it ends earlier), and hours and minutes count working minutes. In clock
 * hours, `nD` is n calendar days in Riga, so a day across a clock change has 23 or 25 hours.
 */
export const addWorkingTime = (start: Date, duration: Duration, calendar: WorkingCalendar): Date => {
  const { days, minutes } = parseDuration(duration);
  if (calendar.mode === 'clock-hours') {
    const wall = toRigaWallTime(start);
    const afterDays = days === 0 ? start : fromRigaWallTime(addDays(wall.day, days), wall.minuteOfDay);
    return new Date(afterDays.getTime() + minutes * 60_000);
  }
  let cursor = start.getTime();
  if (days > 0) {
    cursor = nextWorkingMoment(calendar, cursor);
    const wall = toRigaWallTime(new Date(cursor));
    let day = wall.day;
    let window: WorkingWindow | undefined;
    for (let step = 0; step < days; step += 1) {
      [day, window] = workingDayFrom(calendar, addDays(day, 1));
    }
    if (window) {
      cursor = fromRigaWallTime(day, Math.min(Math.max(wall.minuteOfDay, window.start), window.end)).getTime();
    }
  }
  return new Date(minutes === 0 ? cursor : addWorkingMinutes(calendar, cursor, minutes));
};

/**
 * Counted minutes from `from` to `to` (negative when `to` is earlier). Minutes are real elapsed
 * minutes, so a working window across a clock change counts what the clock on the wall lost or
 * gained, and seconds appear as fractions.
 */
export const workingTimeBetween = (from: Date, to: Date, calendar: WorkingCalendar): number => {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs < fromMs) {
    return -workingTimeBetween(to, from, calendar);
  }
  if (calendar.mode === 'clock-hours') {
    return (toMs - fromMs) / 60_000;
  }
  const lastDay = toRigaWallTime(to).day;
  let countedMs = 0;
  for (let day = toRigaWallTime(from).day; day <= lastDay; day = addDays(day, 1)) {
    const window = calendar.workingWindow(day);
    if (window) {
      const [opens, closes] = windowInstants(day, window);
      countedMs += Math.max(0, Math.min(closes, toMs) - Math.max(opens, fromMs));
    }
  }
  return countedMs / 60_000;
};
