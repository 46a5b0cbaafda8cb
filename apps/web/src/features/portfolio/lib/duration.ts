import type { Language } from '@saimnieks/contracts/language';
import { ISO_DURATION } from '@saimnieks/contracts/services';

const LOCALES: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

/** The units of an ISO 8601 duration in the order they are written, by their group in ISO_DURATION. */
const UNITS = [
  { group: 1, unit: 'year' },
  { group: 2, unit: 'month' },
  { group: 3, unit: 'week' },
  { group: 4, unit: 'day' },
  { group: 6, unit: 'hour' },
  { group: 7, unit: 'minute' },
  { group: 8, unit: 'second' },
] as const;

/**
 * An ISO 8601 duration in words, as processing times are read: `P1M3D` is "1 mēnesis 3 dienas". Undefined for
 * what is not such a duration, so that the caller can say so instead.
 */
export function describeDuration(duration: string, language: Language): string | undefined {
  const match = ISO_DURATION.exec(duration);
  if (!match) return undefined;
  const parts = UNITS.flatMap(({ group, unit }) => {
    const value = match[group];
    if (value === undefined) return [];
    const number = Number.parseFloat(value);
    return [new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit, unitDisplay: 'long' }).format(number)];
  });
  return new Intl.ListFormat(LOCALES[language], { style: 'narrow', type: 'unit' }).format(parts);
}
