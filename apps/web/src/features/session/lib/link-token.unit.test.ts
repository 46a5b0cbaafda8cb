import { describe, expect, it } from 'vitest';
import { linkTokenOf } from './link-token.ts';

describe('link token', () => {
  it('reads the token from the fragment of a one-time link', () => {
    expect(linkTokenOf('#token=abc_DEF-123')).toBe('abc_DEF-123');
  });

  it('answers undefined when the link has none', () => {
    expect(linkTokenOf('')).toBeUndefined();
    expect(linkTokenOf('#token=')).toBeUndefined();
    expect(linkTokenOf('#other=1')).toBeUndefined();
  });
});
