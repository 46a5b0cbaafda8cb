import { Typography } from '@mantine/core';
import { renderMarkdown } from '../lib/markdown.ts';

/** A description's Markdown as HTML; `renderMarkdown` shows raw HTML as text, so nothing in it runs. */
export function MarkdownText({ source, headingOffset }: { source: string; headingOffset?: number }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it with html disabled escapes any HTML.
  return <Typography dangerouslySetInnerHTML={{ __html: renderMarkdown(source, headingOffset) }} />;
}
