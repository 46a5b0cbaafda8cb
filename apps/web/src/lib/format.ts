import type { Language } from '@saimnieks/contracts/language';

/** Dates and times as people in Latvia read them, whatever the time zone of the browser. */
const TIME_ZONE = 'Europe/Riga';
const LOCALES: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

/** An instant of the API (UTC) as a date and time in Riga: `27.11.2026. 07:20`. */
export function formatInstant(instant: string, language: Language, { seconds = false } = {}): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  }).format(new Date(instant));
}

/** A calendar day of the API (`2026-11-27`, meant in Riga) in the reader's format. */
export function formatDay(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1)));
}

/**
 * How long to wait, in words and in the grammar of the language: `pēc 15 minūtēm`, `in 15 minutes`. Rounded up,
 * so that whoever tries again at the time said is no longer refused.
 */
export function formatWait(seconds: number, language: Language): string {
  const words = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'always' });
  if (seconds < 60) return words.format(Math.max(1, Math.ceil(seconds)), 'second');
  if (seconds < 90 * 60) return words.format(Math.ceil(seconds / 60), 'minute');
  return words.format(Math.ceil(seconds / 3600), 'hour');
}
