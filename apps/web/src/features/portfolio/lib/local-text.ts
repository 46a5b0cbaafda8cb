import type { Language } from '@saimnieks/contracts/language';

/** A text of a description in the reader's language: English when asked for and given, Latvian otherwise. */
export function localText(text: { lv: string; en: string | null } | null, language: Language): string | undefined {
  if (!text) return undefined;
  return (language === 'en' && text.en) || text.lv || undefined;
}
