import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('markdown', () => {
  describe('renderMarkdown', () => {
    it('renders headings, lists, emphasis and web links', () => {
      const html = renderMarkdown(
        '## Kā pieteikties\n\n- **Tiešsaistē**: [Latvija.gov.lv](https://latvija.gov.lv)\n- klātienē',
      );
      expect(html).toContain('<h2>Kā pieteikties</h2>');
      expect(html).toContain(
        '<li><strong>Tiešsaistē</strong>: <a href="https://latvija.gov.lv">Latvija.gov.lv</a></li>',
      );
    });

    it('shows raw HTML and scripts as text', () => {
      const html = renderMarkdown('Sveiki <script>alert(1)</script> <img src=x onerror="alert(2)">');
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('makes links only to http, https and mailto addresses', () => {
      expect(renderMarkdown('[e-pasts](mailto:info@vid.gov.lv)')).toContain('<a href="mailto:info@vid.gov.lv">');
      for (const address of [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'jav&#x61;script:alert(1)',
        'data:text/html,x',
        '/admin',
      ]) {
        const html = renderMarkdown(`[klikšķini](${address})`);
        expect(html, address).not.toContain('<a');
      }
    });

    it('turns bare web addresses into links', () => {
      expect(renderMarkdown('Skatīt https://www.vid.gov.lv')).toContain('<a href="https://www.vid.gov.lv">');
    });

    it('shows pictures as links instead of loading them', () => {
      const html = renderMarkdown('![logo](https://example.lv/logo.png)');
      expect(html).not.toContain('<img');
      expect(html).toContain('<a href="https://example.lv/logo.png">logo</a>');
    });
  });
});
