import { describe, expect, it } from 'vitest';
import { describeDuration } from './duration.ts';

describe('describeDuration', () => {
  it('says a processing time in words, in the grammar of the language', () => {
    expect(describeDuration('P1M3D', 'lv')).toBe('1 mēnesis 3 dienas');
    expect(describeDuration('PT2H', 'en')).toBe('2 hours');
  });

  it('says nothing for what is not an ISO 8601 duration', () => {
    expect(describeDuration('30 dienas', 'lv')).toBeUndefined();
    expect(describeDuration('P', 'lv')).toBeUndefined();
  });
});
