import { describe, expect, it } from 'vitest';
import { foldText, indexText, prefixQuery, searchTerms, stemWord } from './latvian-text.ts';

/** The stem of a word as a person writes it, with capitals and diacritics. */
const stemOf = (word: string) => stemWord(foldText(word));

describe('latvian text', () => {
  describe('foldText', () => {
    it('drops every Latvian diacritic and lowers the case', () => {
      expect(foldText('ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž')).toBe('acegiklnsuz acegiklnsuz');
      expect(foldText('Dzīvesvietas deklarēšana')).toBe('dzivesvietas deklaresana');
    });
  });

  describe('stemWord', () => {
    it.each([
      ['the cases of "dzīvesvieta"', ['dzīvesvieta', 'dzīvesvietas', 'dzīvesvietu', 'dzīvesvietā', 'dzīvesvietai']],
      ['the cases of "deklarēšana"', ['deklarēšana', 'deklarēšanu', 'deklarēšanas', 'deklarēšanai', 'deklarēšanā']],
      ['a palatalised stem', ['transportlīdzeklis', 'transportlīdzekļa', 'transportlīdzekļu', 'transportlīdzeklim']],
      ['a noun of the first declension', ['bērns', 'bērna', 'bērnam', 'bērnu', 'bērniem', 'bērni']],
      ['an agent noun', ['vadītājs', 'vadītāja', 'vadītājam', 'vadītāju', 'vadītājiem']],
      ['the cases of "pašvaldība"', ['pašvaldība', 'pašvaldības', 'pašvaldībai', 'pašvaldību', 'pašvaldībām']],
      ['the cases of "ģimene"', ['ģimene', 'ģimenes', 'ģimenei', 'ģimeni', 'ģimeņu']],
      ['the cases of "uzņēmums"', ['uzņēmums', 'uzņēmuma', 'uzņēmumam', 'uzņēmumu', 'uzņēmumiem']],
      ['a j after a labial consonant', ['zivs', 'zivju']],
      ['a noun of the sixth declension', ['valsts', 'valstij', 'valstī']],
    ])('gives %s one stem', (_, forms) => {
      const stems = new Set(forms.map(stemOf));
      expect([...stems]).toHaveLength(1);
    });

    it('gives the same stem with and without diacritics', () => {
      expect(stemOf('dzivesvieta')).toBe(stemOf('Dzīvesvietas'));
      expect(stemOf('deklaresanu')).toBe(stemOf('deklarēšana'));
    });

    it('keeps words apart that differ in more than their ending', () => {
      expect(stemOf('pase')).not.toBe(stemOf('pasts'));
      expect(stemOf('pabalsts')).not.toBe(stemOf('pabalstīt'));
    });

    it('leaves short words and numbers whole', () => {
      expect(stemOf('ar')).toBe('ar');
      expect(stemOf('VID')).toBe('vid');
      expect(stemWord('2024')).toBe('2024');
      expect(stemWord('a1s')).toBe('a1s');
    });
  });

  describe('searchTerms', () => {
    it('splits on anything but letters and digits and drops stop words and single letters', () => {
      expect(searchTerms('Pabalsts (trūcīgām ģimenēm) un bērniem – līdz 18 g. vecumam')).toEqual([
        stemOf('pabalsts'),
        stemOf('trūcīgām'),
        stemOf('ģimenēm'),
        stemOf('bērniem'),
        '18',
        stemOf('vecumam'),
      ]);
    });

    it('finds no terms in punctuation or stop words alone', () => {
      expect(searchTerms('— un, vai! ar?')).toEqual([]);
    });
  });

  describe('indexText', () => {
    it('joins the terms of every given text and skips the missing ones', () => {
      expect(indexText(['Dzīvesvietas deklarēšana', null, 'Declaration of residence'])).toBe(
        'dzivesviet deklaresan declaration residenc',
      );
    });
  });

  describe('prefixQuery', () => {
    it('demands every term as the beginning of a stem', () => {
      expect(prefixQuery('dzivesvieta deklaresanu')).toBe('dzivesviet:* & deklaresan:*');
    });

    it('names a repeated term once', () => {
      expect(prefixQuery('pase pasi pases')).toBe('pas:*');
    });

    it('keeps tsquery syntax out of the query', () => {
      expect(prefixQuery("bērns' | !pase & (x:*)")).toBe('bern:* & pas:*');
    });

    it('is null when nothing is left to search for', () => {
      expect(prefixQuery('un & | !')).toBeNull();
    });
  });
});
