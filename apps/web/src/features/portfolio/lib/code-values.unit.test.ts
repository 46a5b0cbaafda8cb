import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { describe, expect, it } from 'vitest';
import { codeListAt, enumAt } from './code-values.ts';

describe('codeListAt', () => {
  it('finds the code list of list items, municipalities included', () => {
    expect(codeListAt('lifeEvents.3')).toBe(LIFE_EVENTS);
    expect(codeListAt('spatialCoverage.municipalities.0')).toBe(MUNICIPALITIES);
  });

  it('finds none for free text', () => {
    expect(codeListAt('title.lv')).toBeUndefined();
    expect(codeListAt('lifeEvents')).toBeUndefined();
  });
});

describe('enumAt', () => {
  it('names the enumeration of a channel type and a cost kind, but not of a channel name', () => {
    expect(enumAt('channels.1.type')).toBe('channelType');
    expect(enumAt('costs.0.kind')).toBe('costKind');
    expect(enumAt('channels.1.name.lv')).toBeUndefined();
  });
});
