import { z } from 'zod';

export const LANGUAGES = ['lv', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;
export const DEFAULT_LANGUAGE: Language = 'lv';

/** A text in every language the product speaks; Latvian is always present. */
export const Localized = z.object({ lv: z.string().min(1), en: z.string().min(1) }).meta({ id: 'Localized' });
export type Localized = z.infer<typeof Localized>;

/** `?lang=` on any read endpoint; without it the server falls back to Accept-Language. */
export const LanguageQuery = z.object({
  lang: Language.optional().describe('Response language; defaults to Accept-Language, then Latvian'),
});
