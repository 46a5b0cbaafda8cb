import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields.ts';

describe('changedFields', () => {
  it('names the fields that differ, deep inside or not', () => {
    const mine = {
      title: { lv: 'Deklarēt dzīvesvietu', en: null },
      channels: [{ url: 'https://a.lv' }],
      themes: ['01'],
    };
    const theirs = { title: { lv: 'Deklarēt dzīvesvietu', en: null }, channels: [{ url: 'https://b.lv' }], themes: [] };
    expect(changedFields(mine, theirs)).toEqual(['channels', 'themes']);
  });

  it('names none for equal versions', () => {
    expect(changedFields({ audience: ['natural_person'] }, { audience: ['natural_person'] })).toEqual([]);
  });
});
