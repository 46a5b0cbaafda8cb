import { DEFAULT_LANGUAGE, Language } from '@saimnieks/contracts/language';
import i18next, { type Resource } from 'i18next';
import { useDeferredValue } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';

/** The same keys as the Latvian messages, each a string in another language. */
export type Messages<Latvian> = {
  [Key in keyof Latvian]: Latvian[Key] extends string ? string : Messages<Latvian[Key]>;
};

const STORAGE_KEY = 'saimnieks.language';

function rememberedLanguage(): Language {
  const parsed = Language.safeParse(localStorage.getItem(STORAGE_KEY));
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

export async function startI18n(resources: Resource): Promise<void> {
  const language = rememberedLanguage();
  document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    defaultNS: 'app',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
}

/**
 * Adds the texts of a feature whose pages load on demand (the public catalogue), in every language at once, so
 * that switching the language later finds them. Call it before the first page of the feature renders.
 */
export function addMessages(namespace: string, messages: Record<Language, object>): void {
  for (const [language, texts] of Object.entries(messages)) {
    i18next.addResourceBundle(language, namespace, texts, true, true);
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

const asLanguage = (code: string | undefined): Language => Language.catch(DEFAULT_LANGUAGE).parse(code);

/** The UI language, typed as the API's `?lang=`. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.resolvedLanguage);
}

/**
 * The language to ask the API in. After a switch it keeps the old language until the data in the new one has
 * arrived, so that a suspending query leaves the page in place instead of replacing it with a loader.
 */
export function useDataLanguage(): Language {
  return useDeferredValue(useLanguage());
}

/** The UI language outside React, for what the API says in its own words (problem titles). */
export const currentLanguage = (): Language => asLanguage(i18next.resolvedLanguage);
