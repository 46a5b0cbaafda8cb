import { describe, expect, it } from 'vitest';
import { emptyOrganisationValues, type OrganisationValues, rebase, updateOf } from './organisation-values.ts';

const loaded: OrganisationValues = {
  ...emptyOrganisationValues(),
  kind: 'sector',
  parentId: 'state',
  'names.lv': 'Veselības nozare',
};

describe('organisation values', () => {
  describe('updateOf', () => {
    it('sends only what the user changed, with the version', () => {
      const values = { ...loaded, 'names.en': 'Health sector', 'contact.phone': ' 67000000 ' };
      expect(updateOf(values, loaded, 3)).toEqual({
        version: 3,
        names: { lv: 'Veselības nozare', en: 'Health sector' },
        contact: { phone: '67000000' },
      });
    });

    it('sends a cleared field as null', () => {
      const withShortName = { ...loaded, shortName: 'VN' };
      expect(updateOf({ ...withShortName, shortName: '' }, withShortName, 2)).toEqual({ version: 2, shortName: null });
    });
  });

  describe('rebase', () => {
    it('takes the newer values where the user changed nothing, and keeps the user’s changes', () => {
      const values = { ...loaded, 'names.en': 'Health sector' };
      const newer = { ...loaded, shortName: 'VN', 'names.en': 'Healthcare' };
      const rebased = rebase(values, loaded, newer);
      expect(rebased.shortName).toBe('VN');
      expect(rebased['names.en']).toBe('Health sector');
      // Saved on top of the newer version, the change carries the user's field only.
      expect(updateOf(rebased, newer, 2)).toEqual({
        version: 2,
        names: { lv: 'Veselības nozare', en: 'Health sector' },
      });
    });
  });
});
