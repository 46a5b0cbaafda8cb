import type { Language } from '@saimnieks/contracts/language';

const LOCALES: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

/** The time of day of an instant in Riga, `14:05`: when a draft was saved today needs no date. */
export function formatRigaTime(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Europe/Riga',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}
