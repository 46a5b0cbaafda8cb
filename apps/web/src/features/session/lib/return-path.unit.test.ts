import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('return path', () => {
  describe('safeReturnPath', () => {
    it('returns to a path of the application, with its query', () => {
      expect(safeReturnPath('/administration/people?q=Anna')).toBe('/administration/people?q=Anna');
    });

    it('refuses anything that would lead to another site', () => {
      for (const next of [
        'https://evil.example',
        '//evil.example',
        '/\\evil.example',
        'javascript:alert(1)',
        '/\t/evil',
      ]) {
        expect(safeReturnPath(next)).toBe('/');
      }
    });

    it('goes home without a path', () => {
      expect(safeReturnPath(null)).toBe('/');
      expect(safeReturnPath('')).toBe('/');
    });
  });
});
