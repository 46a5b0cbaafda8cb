import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { BUSINESS_EVENTS, BusinessEventCode } from './business-events.ts';
import { type CodeListEntry, entryByUri, labelOf } from './code-list.ts';
import { SERVICE_LANGUAGES, ServiceLanguageCode } from './languages.ts';
import { LIFE_EVENTS, LifeEventCode } from './life-events.ts';
import { AtuCode, MUNICIPALITIES } from './municipalities.ts';
import { THEMES, ThemeCode } from './themes.ts';

const LISTS: { name: string; list: readonly CodeListEntry[]; codes: z.ZodEnum }[] = [
  { name: 'life events', list: LIFE_EVENTS, codes: LifeEventCode },
  { name: 'business events', list: BUSINESS_EVENTS, codes: BusinessEventCode },
  { name: 'themes', list: THEMES, codes: ThemeCode },
  { name: 'municipalities', list: MUNICIPALITIES, codes: AtuCode },
  { name: 'service languages', list: SERVICE_LANGUAGES, codes: ServiceLanguageCode },
];

describe('reference code lists', () => {
  describe.each(LISTS)('$name', ({ list, codes }) => {
    it('gives every entry a code of its own', () => {
      expect(new Set(list.map((entry) => entry.code)).size).toBe(list.length);
    });

    it('gives every entry an absolute URI of its own', () => {
      expect(new Set(list.map((entry) => entry.uri)).size).toBe(list.length);
      for (const { uri } of list) {
        expect(URL.canParse(uri), uri).toBe(true);
        expect(['http:', 'https:'], uri).toContain(new URL(uri).protocol);
      }
    });

    it('names every entry in Latvian and in English', () => {
      for (const entry of list) {
        expect(entry.lv.trim(), entry.code).not.toBe('');
        expect(entry.en.trim(), entry.code).not.toBe('');
      }
    });

    it('maps every URI back to its entry', () => {
      for (const entry of list) expect(entryByUri(list, entry.uri)).toBe(entry);
    });

    it('accepts exactly the listed codes', () => {
      // Sorted: a zod enum keeps its values as object keys, so "10" moves ahead of "01".
      expect(codes.options.toSorted()).toEqual(list.map((entry) => entry.code).toSorted());
      expect(codes.safeParse('unknown').success).toBe(false);
    });
  });

  describe('labelOf', () => {
    it('names a code in the requested language', () => {
      expect(labelOf(MUNICIPALITIES, '0001000', 'lv')).toBe('Rīga');
      expect(labelOf(MUNICIPALITIES, '0001000', 'en')).toBe('Riga');
      expect(labelOf(THEMES, '10', 'lv')).toBe('Sociālā aizsardzība');
    });

    it('names nothing when the code is not in the list', () => {
      expect(labelOf(LIFE_EVENTS, 'XYZ', 'lv')).toBeUndefined();
    });
  });

  describe('entryByUri', () => {
    it('finds nothing for a URI outside the list', () => {
      expect(entryByUri(SERVICE_LANGUAGES, 'http://publications.europa.eu/resource/authority/language/JPN')).toBe(
        undefined,
      );
      expect(entryByUri(SERVICE_LANGUAGES, 'https://publications.europa.eu/resource/authority/language/LAV')).toBe(
        undefined,
      );
    });
  });

  describe('municipalities', () => {
    it('codes every territory with the 7 digits of ATVK', () => {
      for (const { code } of MUNICIPALITIES) expect(code).toMatch(/^\d{7}$/);
    });

    it('marks as state cities exactly the territories ATVK numbers 01–19', () => {
      for (const { code, kind } of MUNICIPALITIES) {
        const territory = Number(code.slice(2, 4));
        expect(kind, code).toBe(territory <= 19 ? 'state_city' : 'municipality');
      }
    });

    it('lists the 7 state cities and 35 novadi in force since Varakļānu novads joined Madonas novads', () => {
      expect(MUNICIPALITIES.filter((entry) => entry.kind === 'state_city')).toHaveLength(7);
      expect(MUNICIPALITIES.filter((entry) => entry.kind === 'municipality')).toHaveLength(35);
      expect(AtuCode.safeParse('0055000').success).toBe(false);
      expect(labelOf(MUNICIPALITIES, '0038001', 'lv')).toBe('Madonas novads');
    });
  });

  describe('service languages', () => {
    it('offers the 24 official EU languages, Russian and Ukrainian by their ISO 639-1 codes', () => {
      expect(SERVICE_LANGUAGES).toHaveLength(26);
      for (const { code } of SERVICE_LANGUAGES) expect(code).toMatch(/^[a-z]{2}$/);
      expect(ServiceLanguageCode.options).toEqual(expect.arrayContaining(['lv', 'en', 'ru', 'uk']));
    });
  });

  describe('themes', () => {
    it('covers the ten COFOG divisions in order', () => {
      expect(THEMES.map((theme) => theme.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    });
  });

  it('types each code as the union of its list, not as any string', () => {
    expectTypeOf<LifeEventCode>().toEqualTypeOf<(typeof LIFE_EVENTS)[number]['code']>();
    expectTypeOf<AtuCode>().not.toEqualTypeOf<string>();
  });
});
