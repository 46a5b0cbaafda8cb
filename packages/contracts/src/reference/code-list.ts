import type { Language } from '../language.ts';

/**
 * One concept of a reference code list: the short code the product stores, the URI that CPSV-AP
 * documents carry, and its name in each language of the product.
 */
export interface CodeListEntry {
  code: string;
  uri: string;
  lv: string;
  en: string;
}

/** The codes of a list with their literal types kept, so `z.enum(codesOf(list))` can never drift from the list. */
export function codesOf<const Entry extends CodeListEntry>(list: readonly Entry[]): Entry['code'][] {
  return list.map((entry) => entry.code);
}

/** The name of a code in the given language; undefined when the list has no such code. */
export function labelOf(list: readonly CodeListEntry[], code: string, language: Language): string | undefined {
  return list.find((entry) => entry.code === code)?.[language];
}

/** The entry a CPSV-AP URI stands for; undefined for a URI outside the list (compared exactly, as RDF does). */
export function entryByUri<Entry extends CodeListEntry>(list: readonly Entry[], uri: string): Entry | undefined {
  return list.find((entry) => entry.uri === uri);
}
