import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

const render = (source: string, headingOffset = 0) => renderMarkdown(source, { headingOffset });

describe('markdown', () => {
  describe('renderMarkdown', () => {
    it('renders headings, lists, emphasis and web links', () => {
      const html = render(
        '## Kā pieteikties\n\n- **Tiešsaistē**: [Latvija.gov.lv](https://latvija.gov.lv)\n- klātienē',
      );
      expect(html).toContain('<h2>Kā pieteikties</h2>');
      expect(html).toContain(
        '<li><strong>Tiešsaistē</strong>: <a href="https://latvija.gov.lv">Latvija.gov.lv</a></li>',
      );
      expect(html).toContain('<li>klātienē</li>');
    });

    it('moves headings below the section they are shown in', () => {
      expect(render('# Kas jāzina\n\nTeksts\n\n## Termiņi', 2)).toBe(
        '<h3>Kas jāzina</h3>\n<p>Teksts</p>\n<h4>Termiņi</h4>\n',
      );
    });

    it('stops at h6', () => {
      expect(render('##### Sīkāk\n\n###### Vēl sīkāk', 2)).toBe('<h6>Sīkāk</h6>\n<h6>Vēl sīkāk</h6>\n');
    });

    it('leaves a heading written as text alone', () => {
      expect(render('`<h1>` nav virsraksts', 2)).toBe('<p><code>&lt;h1&gt;</code> nav virsraksts</p>\n');
    });

    it('shows raw HTML and scripts as text', () => {
      const html = render('Sveiki <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n<h1>Virsraksts</h1>', 2);
      expect(html).not.toMatch(/<script|<img|<h1/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;h1&gt;Virsraksts&lt;/h1&gt;');
    });

    it('makes links only to http, https and mailto addresses', () => {
      expect(render('[e-pasts](mailto:info@vid.gov.lv)')).toContain('<a href="mailto:info@vid.gov.lv">');
      for (const address of [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'jav&#x61;script:alert(1)',
        'vbscript:msgbox(1)',
        'data:text/html,x',
        'file:///etc/passwd',
        '/admin',
      ]) {
        const html = render(`[klikšķini](${address})`);
        expect(html, address).not.toContain('<a');
      }
    });

    it('turns bare web addresses into links', () => {
      expect(render('Skatīt https://www.vid.gov.lv')).toContain('<a href="https://www.vid.gov.lv">');
    });

    it('shows pictures as links instead of loading them', () => {
      const html = render('![logo](https://example.lv/logo.png)');
      expect(html).not.toContain('<img');
      expect(html).toContain('<a href="https://example.lv/logo.png">logo</a>');
    });
  });
});
