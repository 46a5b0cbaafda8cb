import { describe, expect, it } from 'vitest';
import { nestHeadings } from './headings.ts';

describe('headings', () => {
  describe('nestHeadings', () => {
    it('puts the description’s headings under the page’s h2', () => {
      expect(nestHeadings('<h1>Kas jāzina</h1>\n<p>Teksts</p>\n<h2 id="x">Termiņi</h2>', 2)).toBe(
        '<h3>Kas jāzina</h3>\n<p>Teksts</p>\n<h4 id="x">Termiņi</h4>',
      );
    });

    it('stops at h6', () => {
      expect(nestHeadings('<h5>a</h5><h6>b</h6>', 2)).toBe('<h6>a</h6><h6>b</h6>');
    });

    it('leaves escaped text and other tags that start with h alone', () => {
      const html = '<p>&lt;h1&gt; nav virsraksts</p><hr><header>x</header>';
      expect(nestHeadings(html, 2)).toBe(html);
    });
  });
});
