import { describe, expect, it } from 'vitest';
import {
  emptyGroupValues,
  emptyNeedValues,
  type GroupValues,
  groupCreateOf,
  groupProblems,
  groupUpdateOf,
  type NeedValues,
  needUpdateOf,
  parseSizeEstimate,
  rebase,
} from './recipient-values.ts';

const texts = { required: 'Jāaizpilda.', wholeNumber: 'Vesels skaitlis.' };
const loaded: GroupValues = {
  ...emptyGroupValues('org-1'),
  'names.lv': 'Jaunie vecāki',
  sizeEstimate: '13000',
};

describe('recipient values', () => {
  describe('parseSizeEstimate', () => {
    it('reads numbers written with Latvian thousands separators', () => {
      expect(parseSizeEstimate('13 000')).toBe(13_000);
      expect(parseSizeEstimate('1\u00a0250\u202f000')).toBe(1_250_000);
    });

    it('takes an empty input as no estimate and anything but a whole number as invalid', () => {
      expect(parseSizeEstimate('  ')).toBeNull();
      expect(parseSizeEstimate('12,5')).toBeUndefined();
      expect(parseSizeEstimate('-3')).toBeUndefined();
      expect(parseSizeEstimate('daudz')).toBeUndefined();
    });
  });

  describe('groupProblems', () => {
    it('asks for the organisation, the Latvian name and a whole number before sending', () => {
      expect(groupProblems({ ...emptyGroupValues(), sizeEstimate: 'ap 100' }, texts)).toEqual({
        organisationId: 'Jāaizpilda.',
        'names.lv': 'Jāaizpilda.',
        sizeEstimate: 'Vesels skaitlis.',
      });
      expect(groupProblems(loaded, texts)).toEqual({});
    });

    it('asks for the Latvian description when only an English one is written', () => {
      expect(groupProblems({ ...loaded, 'descriptions.en': 'Families with a newborn' }, texts)).toEqual({
        'descriptions.lv': 'Jāaizpilda.',
      });
    });
  });

  describe('groupCreateOf', () => {
    it('sends empty inputs as null and the size as a number', () => {
      expect(groupCreateOf({ ...loaded, 'names.en': '  ', sizeEstimate: '13 000' })).toEqual({
        organisationId: 'org-1',
        names: { lv: 'Jaunie vecāki', en: null },
        descriptions: null,
        audience: 'natural_person',
        sizeEstimate: 13_000,
      });
    });
  });

  describe('groupUpdateOf', () => {
    it('sends only what the user changed, with the version', () => {
      expect(groupUpdateOf({ ...loaded, audience: 'legal_person', sizeEstimate: '' }, loaded, 4)).toEqual({
        version: 4,
        audience: 'legal_person',
        sizeEstimate: null,
      });
    });
  });

  describe('needUpdateOf', () => {
    it('sends changed lists of life events and services, not reordered ones', () => {
      const startedFrom: NeedValues = {
        ...emptyNeedValues(),
        textLv: 'Reģistrēt dzimšanu',
        lifeEvents: ['BIR', 'RES'],
      };
      expect(needUpdateOf({ ...startedFrom, lifeEvents: ['RES', 'BIR'] }, startedFrom, 2)).toEqual({ version: 2 });
      expect(needUpdateOf({ ...startedFrom, lifeEvents: ['BIR'], serviceIds: ['service-1'] }, startedFrom, 2)).toEqual({
        version: 2,
        lifeEvents: ['BIR'],
        serviceIds: ['service-1'],
      });
    });
  });

  describe('rebase', () => {
    it('takes the newer values where the user changed nothing, and keeps the user’s changes', () => {
      const newer = { ...loaded, 'names.lv': 'Jaunās ģimenes', sizeEstimate: '14000' };
      expect(rebase({ ...loaded, sizeEstimate: '15000' }, loaded, newer)).toEqual({
        ...newer,
        sizeEstimate: '15000',
      });
    });
  });
});
