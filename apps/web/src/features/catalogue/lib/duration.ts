import type { Language } from '@saimnieks/contracts/language';

const PARTS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
type Part = (typeof PARTS)[number];

/** The parts of an ISO 8601 duration in the order written: P1Y2M3W4DT5H6M7.5S. */
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Each unit in the singular and the plural; which one a number takes is the language's rule below. */
const UNITS: Record<Language, Record<Part, readonly [string, string]>> = {
  lv: {
    year: ['gads', 'gadi'],
    month: ['mēnesis', 'mēneši'],
    week: ['nedēļa', 'nedēļas'],
    day: ['diena', 'dienas'],
    hour: ['stunda', 'stundas'],
    minute: ['minūte', 'minūtes'],
    second: ['sekunde', 'sekundes'],
  },
  en: {
    year: ['year', 'years'],
    month: ['month', 'months'],
    week: ['week', 'weeks'],
    day: ['day', 'days'],
    hour: ['hour', 'hours'],
    minute: ['minute', 'minutes'],
    second: ['second', 'seconds'],
  },
};

const IMMEDIATELY: Record<Language, string> = { lv: 'uzreiz', en: 'immediately' };
const LOCALES: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

/**
 * In Latvian a whole number ending in 1 (but not 11) takes the singular: 1 diena, 21 diena, 30 dienas. CLDR's
 * plural rules would say "30 dienu", the genitive, which reads wrongly on its own as a processing time.
 */
function takesSingular(amount: number, language: Language): boolean {
  if (language === 'en') return amount === 1;
  return Number.isInteger(amount) && amount % 10 === 1 && amount % 100 !== 11;
}

/**
 * A processing time as people say it: `P30D` is "30 dienas" or "30 days", `P1M15D` "1 mēnesis un 15 dienas".
 * A zero duration is "uzreiz" (immediately). Undefined for text that is not an ISO 8601 duration.
 */
export function formatDuration(duration: string, language: Language): string | undefined {
  const match = DURATION.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) return undefined;
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 3 });
  const words = PARTS.flatMap((part, index) => {
    const amount = Number(match[index + 1] ?? 0);
    if (amount === 0) return [];
    const [singular, plural] = UNITS[language][part];
    return [`${number.format(amount)} ${takesSingular(amount, language) ? singular : plural}`];
  });
  if (words.length === 0) return IMMEDIATELY[language];
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(words);
}
