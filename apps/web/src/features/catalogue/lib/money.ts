import type { Language } from '@saimnieks/contracts/language';

const LOCALES: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

/** An amount in euro as a reader of the language writes it: "12,50 €" in Latvian, "€12.50" in English. */
export function formatEuro(amount: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format(amount);
}
