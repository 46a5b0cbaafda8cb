import { Typography } from '@mantine/core';
import { renderMarkdown } from '@saimnieks/contracts/markdown';

/**
 * A description's Markdown as HTML, rendered as the catalogue renders it; `headingOffset` puts the author's headings
 * under the section that shows them.
 */
export function MarkdownText({ source, headingOffset }: { source: string; headingOffset: number }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown shows raw HTML as text and keeps only web and mail links.
  return <Typography dangerouslySetInnerHTML={{ __html: renderMarkdown(source, { headingOffset }) }} />;
}
