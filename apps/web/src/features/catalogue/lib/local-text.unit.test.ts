import { describe, expect, it } from 'vitest';
import { inLanguage } from './local-text.ts';

describe('local text', () => {
  describe('inLanguage', () => {
    it('gives the English text to an English reader, marked as English', () => {
      expect(inLanguage({ lv: 'Pase', en: 'Passport' }, 'en')).toEqual({ text: 'Passport', lang: 'en' });
    });

    it('falls back to Latvian, marked as Latvian, when there is no English text', () => {
      expect(inLanguage({ lv: 'Pase', en: null }, 'en')).toEqual({ text: 'Pase', lang: 'lv' });
      expect(inLanguage({ lv: 'Pase', en: '' }, 'en')).toEqual({ text: 'Pase', lang: 'lv' });
    });

    it('gives the Latvian text to a Latvian reader even when there is an English one', () => {
      expect(inLanguage({ lv: 'Pase', en: 'Passport' }, 'lv')).toEqual({ text: 'Pase', lang: 'lv' });
    });
  });
});
