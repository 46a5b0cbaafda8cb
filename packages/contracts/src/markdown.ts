import MarkdownIt, { type Env, type RendererRule } from 'markdown-it';

/*
 * Texts that staff write in Markdown and anyone may read. The server renders the catalogue's `descriptionHtml` and
 * the editor renders its preview with this one function, so the preview shows what the catalogue will.
 */

// Raw HTML is not markup here but text (html: false escapes it), so a <script> shows as the characters it is.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
// A link goes only to the web or to a mailbox: no javascript:, data: or file: addresses, and no relative ones that
// would resolve against the product's own pages.
markdown.validateLink = (url) => /^(https?:\/\/|mailto:)/i.test(url);
// Pictures would load from any server as the page opens; a description links to them instead.
markdown.disable('image');

interface HeadingEnv extends Env {
  headingOffset: number;
}

const shiftHeading: RendererRule = (tokens, index, options, env, renderer) => {
  const token = tokens[index];
  if (token) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + (env as HeadingEnv).headingOffset)}`;
  return renderer.renderToken(tokens, index, options);
};
markdown.renderer.rules.heading_open = shiftHeading;
markdown.renderer.rules.heading_close = shiftHeading;

export interface MarkdownOptions {
  /**
   * Levels added to the author's headings, so that the text fits the outline of the page that shows it: under the
   * page's h2, an offset of 2 makes a `#` an h3 rather than a second h1. Headings stop at h6.
   */
  headingOffset: number;
}

/** Markdown rendered to HTML that is safe to put into a page as it is. */
export function renderMarkdown(source: string, { headingOffset }: MarkdownOptions): string {
  return markdown.render(source, { headingOffset } satisfies HeadingEnv);
}
