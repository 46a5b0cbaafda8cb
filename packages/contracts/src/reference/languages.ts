import { z } from 'zod';
import { type CodeListEntry, codesOf } from './code-list.ts';

/*
 * Languages a service can be offered in: the 24 official EU languages in the EU's protocol order,
 * then Russian and Ukrainian, which Latvian institutions often serve in as well. Codes are ISO 639-1;
 * URIs are the Publications Office language authority table, which CPSV-AP 3.2.0 recommends for
 * dct:language. Latvian names are that table's own Latvian labels.
 */
const LANGUAGE = 'http://publications.europa.eu/resource/authority/language/';

export const SERVICE_LANGUAGES = [
  { code: 'bg', uri: `${LANGUAGE}BUL`, lv: 'bulgāru valoda', en: 'Bulgarian' },
  { code: 'es', uri: `${LANGUAGE}SPA`, lv: 'spāņu valoda', en: 'Spanish' },
  { code: 'cs', uri: `${LANGUAGE}CES`, lv: 'čehu valoda', en: 'Czech' },
  { code: 'da', uri: `${LANGUAGE}DAN`, lv: 'dāņu valoda', en: 'Danish' },
  { code: 'de', uri: `${LANGUAGE}DEU`, lv: 'vācu valoda', en: 'German' },
  { code: 'et', uri: `${LANGUAGE}EST`, lv: 'igauņu valoda', en: 'Estonian' },
  { code: 'el', uri: `${LANGUAGE}ELL`, lv: 'grieķu valoda', en: 'Greek' },
  { code: 'en', uri: `${LANGUAGE}ENG`, lv: 'angļu valoda', en: 'English' },
  { code: 'fr', uri: `${LANGUAGE}FRA`, lv: 'franču valoda', en: 'French' },
  { code: 'ga', uri: `${LANGUAGE}GLE`, lv: 'īru valoda', en: 'Irish' },
  { code: 'hr', uri: `${LANGUAGE}HRV`, lv: 'horvātu valoda', en: 'Croatian' },
  { code: 'it', uri: `${LANGUAGE}ITA`, lv: 'itāļu valoda', en: 'Italian' },
  { code: 'lv', uri: `${LANGUAGE}LAV`, lv: 'latviešu valoda', en: 'Latvian' },
  { code: 'lt', uri: `${LANGUAGE}LIT`, lv: 'lietuviešu valoda', en: 'Lithuanian' },
  { code: 'hu', uri: `${LANGUAGE}HUN`, lv: 'ungāru valoda', en: 'Hungarian' },
  { code: 'mt', uri: `${LANGUAGE}MLT`, lv: 'maltiešu valoda', en: 'Maltese' },
  { code: 'nl', uri: `${LANGUAGE}NLD`, lv: 'holandiešu valoda', en: 'Dutch' },
  { code: 'pl', uri: `${LANGUAGE}POL`, lv: 'poļu valoda', en: 'Polish' },
  { code: 'pt', uri: `${LANGUAGE}POR`, lv: 'portugāļu valoda', en: 'Portuguese' },
  { code: 'ro', uri: `${LANGUAGE}RON`, lv: 'rumāņu valoda', en: 'Romanian' },
  { code: 'sk', uri: `${LANGUAGE}SLK`, lv: 'slovāku valoda', en: 'Slovak' },
  { code: 'sl', uri: `${LANGUAGE}SLV`, lv: 'slovēņu valoda', en: 'Slovenian' },
  { code: 'fi', uri: `${LANGUAGE}FIN`, lv: 'somu valoda', en: 'Finnish' },
  { code: 'sv', uri: `${LANGUAGE}SWE`, lv: 'zviedru valoda', en: 'Swedish' },
  { code: 'ru', uri: `${LANGUAGE}RUS`, lv: 'krievu valoda', en: 'Russian' },
  { code: 'uk', uri: `${LANGUAGE}UKR`, lv: 'ukraiņu valoda', en: 'Ukrainian' },
] as const satisfies readonly CodeListEntry[];

export const ServiceLanguageCode = z.enum(codesOf(SERVICE_LANGUAGES));
export type ServiceLanguageCode = z.infer<typeof ServiceLanguageCode>;
