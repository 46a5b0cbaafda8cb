import { describe, expect, it } from 'vitest';
import { exportUrl, filterFromParams, paramsOfFilter } from './portfolio-filter.ts';

describe('filterFromParams', () => {
  it('reads the filters of an address', () => {
    const params = new URLSearchParams('q=deklar&stage=delivery&priority=high&reviewOverdue=true&offset=50');
    expect(filterFromParams(params)).toEqual({
      q: 'deklar',
      stage: 'delivery',
      priority: 'high',
      reviewOverdue: 'true',
    });
  });

  it('leaves out what the API would refuse, such as a stage from an edited link', () => {
    const params = new URLSearchParams('stage=ražošana&holder=not-a-uuid&kind=general');
    expect(filterFromParams(params)).toEqual({ kind: 'general' });
  });
});

describe('paramsOfFilter', () => {
  it('keeps the filters set and the page after the first', () => {
    expect(paramsOfFilter({ q: ' pase ', stage: 'planning' }, 100)).toEqual({
      q: 'pase',
      stage: 'planning',
      offset: '100',
    });
    expect(paramsOfFilter({ q: '  ' }, 0)).toEqual({});
  });
});

describe('exportUrl', () => {
  it('downloads the same filters in the chosen format and language', () => {
    const url = new URL(exportUrl({ stage: 'delivery', q: 'Rīga' }, 'xlsx', 'lv'), 'http://saimnieks.test');
    expect(url.pathname).toBe('/api/v1/services/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'xlsx', stage: 'delivery', q: 'Rīga', lang: 'lv' });
  });
});
