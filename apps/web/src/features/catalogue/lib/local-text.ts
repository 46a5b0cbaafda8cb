import type { Language } from '@saimnieks/contracts/language';

/** A text a description gives in Latvian and perhaps in English. */
export interface LocalText {
  lv: string;
  en: string | null;
}

/**
 * The text in the reader's language, or the Latvian one when there is no translation, with the language it is
 * in: a screen reader reads Latvian words on an English page with Latvian pronunciation only when told (`lang`).
 */
export function inLanguage(text: LocalText, language: Language): { text: string; lang: Language } {
  return language === 'en' && text.en ? { text: text.en, lang: 'en' } : { text: text.lv, lang: 'lv' };
}
