import MarkdownIt from 'markdown-it';

// Texts that staff write in Markdown and anyone may read. Raw HTML is not markup here but text
// (html: false escapes it), so a <script> in a description shows as the characters it is.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
// A link goes only to the web or to a mailbox: no javascript:, data: or file: addresses, and no
// relative ones that would resolve against the catalogue's own pages.
markdown.validateLink = (url) => /^(https?:\/\/|mailto:)/i.test(url);
// Pictures would load from any server as the page opens; a description links to them instead.
markdown.disable('image');

/** Markdown rendered to HTML that is safe to put into a page as it is. */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
