import { addDays, assertDay, dayOf, weekday, yearOf } from './calendar-day.ts';

/**
 * The public holidays (svētku dienas) of Latvia by the law "Par svētku, atceres un atzīmējamām
 * dienām", Article 1. Days that the Cabinet moves each year (pārceltās darbdienas) are decided by
 * order and cannot be computed: callers pass them in.
 */

export type HolidayKind =
  /** A day the law names. */
  | 'statutory'
  /** The working day after 4 May or 18 November when that falls on a weekend. */
  | 'substitute'
  /** A day off given by data: a Cabinet transfer or another one-off decision. */
  | 'extra';

export interface Holiday {
  date: string;
  lv: string;
  en: string;
  kind: HolidayKind;
}

export interface HolidayOptions {
  /** Days off beyond the law, e.g. a working day the Cabinet moved to a Saturday (YYYY-MM-DD). */
  extraHolidays?: readonly string[];
  /**
   * Closing days of the Latvian Song and Dance Festival (Vispārējie latviešu Dziesmu un deju
   * svētki). The law makes the day after the closing day a holiday; the festival's dates are set
   * for each festival, so they are data, not a rule.
   */
  songAndDanceFestivalClosingDays?: readonly string[];
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, date);
};

const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;

/** The law gives "the next working day" (nākamā darbdiena) when the day falls on a weekend. */
const substituteFor = (day: string, taken: ReadonlySet<string>): string | undefined => {
  if (!isWeekend(day)) {
    return undefined;
  }
  let next = addDays(day, 1);
  while (isWeekend(next) || taken.has(next)) {
    next = addDays(next, 1);
  }
  return next;
};

const statutory = (date: string, lv: string, en: string): Holiday => ({ date, lv, en, kind: 'statutory' });

const secondSundayOfMay = (year: number): string => {
  const first = dayOf(year, 5, 1);
  return addDays(first, ((7 - weekday(first)) % 7) + 7);
};

/** Every holiday of `year`, sorted by date; a day may appear twice when two holidays share it. */
export const holidaysIn = (year: number, options: HolidayOptions = {}): Holiday[] => {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Not a Gregorian year this calendar supports: ${year}`);
  }
  const easter = easterSunday(year);
  const independence = dayOf(year, 5, 4);
  const proclamation = dayOf(year, 11, 18);
  const holidays: Holiday[] = [
    statutory(dayOf(year, 1, 1), 'Jaungada diena', "New Year's Day"),
    statutory(addDays(easter, -2), 'Lielā Piektdiena', 'Good Friday'),
    statutory(easter, 'Lieldienas', 'Easter Sunday'),
    statutory(addDays(easter, 1), 'Otrās Lieldienas', 'Easter Monday'),
    statutory(
      dayOf(year, 5, 1),
      'Darba svētki, Latvijas Republikas Satversmes sapulces sasaukšanas diena',
      'Labour Day, Convocation of the Constituent Assembly of the Republic of Latvia',
    ),
    statutory(
      independence,
      'Latvijas Republikas Neatkarības deklarācijas pasludināšanas diena',
      'Restoration of Independence Day of the Republic of Latvia',
    ),
    statutory(secondSundayOfMay(year), 'Mātes diena', "Mother's Day"),
    statutory(addDays(easter, 49), 'Vasarsvētki', 'Pentecost'),
    statutory(dayOf(year, 6, 23), 'Līgo diena', 'Midsummer Eve'),
    statutory(dayOf(year, 6, 24), 'Jāņu diena', 'Midsummer Day'),
    statutory(proclamation, 'Latvijas Republikas proklamēšanas diena', 'Proclamation Day of the Republic of Latvia'),
    statutory(dayOf(year, 12, 24), 'Ziemassvētku vakars', 'Christmas Eve'),
    statutory(dayOf(year, 12, 25), 'Pirmie Ziemassvētki', 'Christmas Day'),
    statutory(dayOf(year, 12, 26), 'Otrie Ziemassvētki', 'Second Day of Christmas'),
    statutory(dayOf(year, 12, 31), 'Vecgada diena', "New Year's Eve"),
  ];
  for (const closing of options.songAndDanceFestivalClosingDays ?? []) {
    const dayAfter = addDays(assertDay(closing), 1);
    if (yearOf(dayAfter) === year) {
      holidays.push(
        statutory(
          dayAfter,
          'Vispārējo latviešu Dziesmu un deju svētku noslēguma dienas nākamā diena',
          'The day after the closing day of the Latvian Song and Dance Festival',
        ),
      );
    }
  }
  const taken = new Set(holidays.map((holiday) => holiday.date));
  for (const [day, lv, en] of [
    [independence, 'Brīvdiena par 4. maiju', 'Day off for 4 May'],
    [proclamation, 'Brīvdiena par 18. novembri', 'Day off for 18 November'],
  ] as const) {
    const substitute = substituteFor(day, taken);
    if (substitute) {
      holidays.push({ date: substitute, lv, en, kind: 'substitute' });
      taken.add(substitute);
    }
  }
  for (const extra of options.extraHolidays ?? []) {
    if (yearOf(extra) === year) {
      holidays.push({ date: extra, lv: 'Pārcelta darbdiena', en: 'Transferred working day', kind: 'extra' });
    }
  }
  return holidays.sort((left, right) => left.date.localeCompare(right.date));
};

/** The holidays falling on `day` (YYYY-MM-DD); empty on an ordinary day. */
export const holidaysOn = (day: string, options: HolidayOptions = {}): Holiday[] =>
  holidaysIn(yearOf(day), options).filter((holiday) => holiday.date === day);

/** Whether `day` (YYYY-MM-DD) is a public holiday, a substitute day off or a day off given in options. */
export const isHoliday = (day: string, options: HolidayOptions = {}): boolean => holidaysOn(day, options).length > 0;
