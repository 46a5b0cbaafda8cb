/**
 * Moves the headings of a rendered description below the page's own: an author's "# Heading" becomes an h3 under
 * the page's h2 "Description", so that the page keeps one h1 and an outline that screen readers can follow.
 * The HTML is the server's Markdown rendering, where a `<` outside a tag is always escaped.
 */
export function nestHeadings(html: string, under: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_tag, close: string, level: string) => {
    return `<${close}h${Math.min(6, Number(level) + under)}`;
  });
}
