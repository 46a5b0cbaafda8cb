import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './language.ts';

describe('resolveLanguage', () => {
  it('defaults to Latvian', () => {
    expect(resolveLanguage(undefined, undefined)).toBe('lv');
  });
  it('takes the query language first', () => {
    expect(resolveLanguage('en', 'lv')).toBe('en');
  });
  it('takes the best-weighted language the product speaks', () => {
    expect(resolveLanguage(undefined, 'fr, en-US;q=0.9, lv;q=0.8')).toBe('en');
    expect(resolveLanguage(undefined, 'en;q=0.2, lv-LV;q=0.7')).toBe('lv');
  });
  it('ignores languages refused with q=0 and falls back to Latvian', () => {
    expect(resolveLanguage(undefined, 'en;q=0, de')).toBe('lv');
  });
});
