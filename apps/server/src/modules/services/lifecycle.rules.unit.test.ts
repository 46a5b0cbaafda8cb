import { ServiceDescriptionContent } from '@saimnieks/contracts/services';
import { describe, expect, it } from 'vitest';
import { diffContent } from './description-diff.ts';
import { type GateFacts, unmetGates } from './lifecycle.rules.ts';
import { prefixFrom } from './use-cases/create-service.ts';
import { addMonths } from './use-cases/service-access.ts';

const gates = {
  planning: [],
  creation: ['service_owner' as const],
  introduction: [],
  delivery: ['service_owner' as const, 'published_description' as const, 'channel' as const, 'legal_basis' as const],
  maintenance: ['review_current' as const],
  liquidation: [],
};
const description = ServiceDescriptionContent.parse({
  title: { lv: 'Būvatļauja' },
  shortDescription: { lv: 'Atļauja būvēt' },
  legalBasis: [{ title: { lv: 'Būvniecības likums' } }],
});
const facts = (overrides: Partial<GateFacts> = {}): GateFacts => ({
  hasOwner: true,
  published: true,
  description,
  reviewBy: null,
  today: '2026-11-27',
  ...overrides,
});

describe('lifecycle gates', () => {
  it('lists the unmet gates of the target stage in the order the settings give', () => {
    expect(unmetGates(gates, 'delivery', facts({ hasOwner: false }))).toEqual(['service_owner', 'channel']);
    expect(unmetGates(gates, 'delivery', facts({ published: false, description: undefined }))).toEqual([
      'published_description',
      'channel',
      'legal_basis',
    ]);
  });

  it('passes a stage without gates and a review that is not yet due', () => {
    expect(unmetGates(gates, 'planning', facts({ hasOwner: false }))).toEqual([]);
    expect(unmetGates(gates, 'maintenance', facts({ reviewBy: '2026-11-27' }))).toEqual([]);
    expect(unmetGates(gates, 'maintenance', facts({ reviewBy: '2026-11-26' }))).toEqual(['review_current']);
  });
});

describe('description differences', () => {
  it('names each changed leaf with its path, including added and removed list items', () => {
    expect(
      diffContent(
        { title: { lv: 'A', en: null }, channels: [{ url: 'x' }] },
        { title: { lv: 'B', en: null }, channels: [{ url: 'x' }, { url: 'y' }] },
      ),
    ).toEqual([
      { path: 'title.lv', before: 'A', after: 'B' },
      { path: 'channels.1', before: null, after: { url: 'y' } },
    ]);
    expect(diffContent({ a: [1] }, { a: [1] })).toEqual([]);
  });
});

describe('review dates', () => {
  it('adds months and keeps to the end of a shorter month', () => {
    expect(addMonths('2026-11-27', 12)).toBe('2027-11-27');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 3)).toBe('2028-03-15');
  });
});

describe('identifier prefixes', () => {
  it('makes capitals without diacritics from a short name, or nothing from too little', () => {
    expect(prefixFrom('VSAA')).toBe('VSAA');
    expect(prefixFrom('Rīgas DŪ')).toBe('RIGASDU');
    expect(prefixFrom('ž')).toBeUndefined();
    expect(prefixFrom(null)).toBeUndefined();
  });
});
