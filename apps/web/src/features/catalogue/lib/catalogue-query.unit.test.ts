import { describe, expect, it } from 'vitest';
import { activeFilterCount, apiQueryOf, PAGE_SIZE, paramsFromSearch, searchFromParams } from './catalogue-query.ts';

const INSTITUTION = '0b6f3c1e-2f4a-4c1d-9a77-2f1e8c7d5b10';

describe('catalogue query', () => {
  describe('searchFromParams', () => {
    it('reads the words, every filter and the page from the address', () => {
      const params = new URLSearchParams(
        `q=dzivesvieta&lifeEvent=MOV&businessEvent=STBU&audience=natural_person&channel=online&institution=${INSTITUTION}&municipality=0001000&page=3`,
      );
      expect(searchFromParams(params)).toEqual({
        q: 'dzivesvieta',
        lifeEvent: 'MOV',
        businessEvent: 'STBU',
        audience: 'natural_person',
        channel: 'online',
        institution: INSTITUTION,
        municipality: '0001000',
        page: 3,
      });
    });

    it('starts on the first page with nothing chosen when the address has no search', () => {
      expect(searchFromParams(new URLSearchParams())).toEqual({ page: 1 });
    });

    it('leaves out what the API would refuse, so that an edited or old link still opens', () => {
      const params = new URLSearchParams(
        'q=%20%20&lifeEvent=XYZ&audience=everyone&channel=fax&institution=42&municipality=0055000&page=-2',
      );
      expect(searchFromParams(params)).toEqual({ page: 1 });
      expect(searchFromParams(new URLSearchParams('page=2.5')).page).toBe(1);
      expect(searchFromParams(new URLSearchParams('page=abc')).page).toBe(1);
    });

    it('trims the words and cuts them to the length the API takes', () => {
      expect(searchFromParams(new URLSearchParams('q=%20pase%20')).q).toBe('pase');
      expect(searchFromParams(new URLSearchParams(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
    });

    it('stops at the deepest page the API can answer', () => {
      expect(searchFromParams(new URLSearchParams('page=100000')).page).toBe(501);
    });
  });

  describe('paramsFromSearch', () => {
    it('writes only what is set, in the order of the form, without a number for the first page', () => {
      const params = paramsFromSearch({ municipality: '0001000', q: ' pase ', lifeEvent: 'MOV', page: 1 });
      expect(params.toString()).toBe('q=pase&lifeEvent=MOV&municipality=0001000');
      expect(paramsFromSearch({ page: 1 }).toString()).toBe('');
    });

    it('keeps the page after the first', () => {
      expect(paramsFromSearch({ q: 'pase', page: 4 }).toString()).toBe('q=pase&page=4');
    });

    it('round-trips with searchFromParams', () => {
      const search = {
        q: 'dzīvesvieta',
        lifeEvent: 'RES',
        audience: 'legal_person',
        institution: INSTITUTION,
        page: 2,
      } as const;
      expect(searchFromParams(paramsFromSearch(search))).toEqual(search);
    });
  });

  describe('apiQueryOf', () => {
    it('turns the page into an offset and asks in the language of the page', () => {
      expect(apiQueryOf({ q: 'pase', channel: 'office', page: 3 }, 'en')).toEqual({
        q: 'pase',
        channel: 'office',
        lang: 'en',
        limit: PAGE_SIZE,
        offset: 2 * PAGE_SIZE,
      });
    });
  });

  describe('activeFilterCount', () => {
    it('counts the filters but not the words', () => {
      expect(activeFilterCount({ q: 'pase', page: 1 })).toBe(0);
      expect(activeFilterCount({ q: 'pase', lifeEvent: 'MOV', municipality: '0001000', page: 2 })).toBe(2);
    });
  });
});
