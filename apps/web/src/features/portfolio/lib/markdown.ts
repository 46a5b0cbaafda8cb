import MarkdownIt from 'markdown-it';

/**
 * Markdown as the catalogue shows it. Raw HTML is not passed through (`html: false` escapes it, so it shows as
 * text), and markdown-it refuses `javascript:`, `vbscript:`, `file:` and `data:` links itself: what comes out is
 * safe to put in the page.
 */
const markdown = new MarkdownIt({ html: false, linkify: true });

interface Env {
  /** Heading levels to add: a `#` inside a page section under an h2 becomes an h3, never a second h1. */
  headingOffset: number;
}

const shiftHeading: NonNullable<MarkdownIt['renderer']['rules']['heading_open']> = (
  tokens,
  index,
  options,
  env,
  self,
) => {
  const token = tokens[index];
  if (token) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + (env as Env).headingOffset)}`;
  return self.renderToken(tokens, index, options);
};
markdown.renderer.rules.heading_open = shiftHeading;
markdown.renderer.rules.heading_close = shiftHeading;

export function renderMarkdown(source: string, headingOffset = 2): string {
  return markdown.render(source, { headingOffset } satisfies Env);
}
