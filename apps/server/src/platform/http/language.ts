import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@saimnieks/contracts/language';

/**
 * The response language: `?lang=` when given (the schema has validated it), else the first
 * language of Accept-Language the product speaks, else Latvian.
 */
export function resolveLanguage(query: Language | undefined, acceptLanguage: string | undefined): Language {
  if (query) return query;
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [range = '', ...parameters] = part.trim().toLowerCase().split(';');
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { primary: range.split('-')[0] ?? '', weight: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const match = ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.primary));
  return (match?.primary as Language | undefined) ?? DEFAULT_LANGUAGE;
}
