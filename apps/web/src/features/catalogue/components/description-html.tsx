import { Typography } from '@mantine/core';
import { nestHeadings } from '../lib/headings.ts';
import classes from './description-html.module.css';

/**
 * The full description as the server rendered it from Markdown and sanitised it (no scripts, no inline handlers,
 * no raw HTML from the author), in the product's reading styles.
 */
export function DescriptionHtml({ html, lang }: { html: string; lang: string | undefined }) {
  const rendered = { __html: nestHeadings(html, 2) };
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the API sanitises descriptionHtml (CatalogueService contract).
  return <Typography className={classes.description} lang={lang} dangerouslySetInnerHTML={rendered} />;
}
