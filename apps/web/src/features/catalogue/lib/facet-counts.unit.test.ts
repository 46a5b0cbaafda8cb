import type { CatalogueFacets } from '@saimnieks/contracts/catalogue';
import { describe, expect, it } from 'vitest';
import { filterCountOf, institutionsOf } from './facet-counts.ts';

const REVENUE = '0b6f3c1e-2f4a-4c1d-9a77-2f1e8c7d5b10';
const STATISTICS = '5d1c9a0e-7b3f-4e2a-8c61-3a9f0e2b7d44';
const MUSEUM = 'a2e4c6b8-1d3f-4a5c-9e7b-0c2d4f6a8b1e';

const facets = (overrides: Partial<CatalogueFacets> = {}): CatalogueFacets => ({
  total: 5,
  lifeEvents: [{ code: 'WOR', count: 2 }],
  businessEvents: [{ code: 'STBU', count: 1 }],
  audiences: [{ code: 'natural_person', count: 4 }],
  channelTypes: [{ code: 'online', count: 3 }],
  municipalities: [{ code: '0001000', count: 2 }],
  nationwide: 3,
  institutions: [{ id: REVENUE, name: 'Valsts ieņēmumu dienests', count: 5 }],
  ...overrides,
});

describe('facet counts', () => {
  describe('filterCountOf', () => {
    it('gives the count of each filter value, and 0 for a value the facets leave out', () => {
      const countOf = filterCountOf(facets());
      expect([
        countOf('lifeEvent', 'WOR'),
        countOf('lifeEvent', 'BIR'),
        countOf('businessEvent', 'STBU'),
        countOf('audience', 'natural_person'),
        countOf('channel', 'online'),
        countOf('channel', 'phone'),
        countOf('institution', REVENUE),
        countOf('institution', STATISTICS),
      ]).toEqual([2, 0, 1, 4, 3, 0, 5, 0]);
    });

    it('counts for a municipality the services of the whole country as well as its own', () => {
      const countOf = filterCountOf(facets());
      expect([countOf('municipality', '0001000'), countOf('municipality', '0005000')]).toEqual([5, 3]);
    });
  });

  describe('institutionsOf', () => {
    it('lists each institution once, in Latvian alphabetical order, from answers still loading or not', () => {
      const all = facets({
        institutions: [
          { id: STATISTICS, name: 'Centrālā statistikas pārvalde', count: 2 },
          { id: REVENUE, name: 'Valsts ieņēmumu dienests', count: 3 },
        ],
      });
      const narrowed = facets({
        institutions: [
          { id: MUSEUM, name: 'Čakstes memoriālais muzejs', count: 1 },
          { id: REVENUE, name: 'Valsts ieņēmumu dienests', count: 1 },
        ],
      });
      expect(institutionsOf(all, narrowed, undefined).map(({ name }) => name)).toEqual([
        'Centrālā statistikas pārvalde',
        'Čakstes memoriālais muzejs',
        'Valsts ieņēmumu dienests',
      ]);
      expect(institutionsOf(undefined)).toEqual([]);
    });
  });
});
