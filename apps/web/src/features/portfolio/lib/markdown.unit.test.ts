import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and links', () => {
    const html = renderMarkdown('**Svarīgi**\n\n- pase\n- [portāls](https://www.latvija.gov.lv)');
    expect(html).toContain('<strong>Svarīgi</strong>');
    expect(html).toContain('<li>pase</li>');
    expect(html).toContain('<a href="https://www.latvija.gov.lv">portāls</a>');
  });

  it('shows raw HTML as text and drops script links', () => {
    const html = renderMarkdown('<script>alert(1)</script> [klikšķis](javascript:alert(1))');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript:');
  });

  it('moves headings below the section they are shown in', () => {
    expect(renderMarkdown('# Kā pieteikties', 2)).toBe('<h3>Kā pieteikties</h3>\n');
    expect(renderMarkdown('##### Sīkāk', 2)).toBe('<h6>Sīkāk</h6>\n');
  });
});
