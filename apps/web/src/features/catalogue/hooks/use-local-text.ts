import { useDataLanguage, useLanguage } from '../../../lib/i18n.ts';
import { inLanguage, type LocalText } from '../lib/local-text.ts';

/**
 * Props for showing a text of a description: the reader's language or Latvian, with `lang` set where it differs
 * from the page's, so that a screen reader pronounces it right.
 */
export function useLocalText(): (text: LocalText) => { children: string; lang: string | undefined } {
  const pageLanguage = useLanguage();
  const dataLanguage = useDataLanguage();
  return (text) => {
    const shown = inLanguage(text, dataLanguage);
    return { children: shown.text, lang: shown.lang === pageLanguage ? undefined : shown.lang };
  };
}
