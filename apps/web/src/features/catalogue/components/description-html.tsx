import { Typography } from '@mantine/core';
import classes from './description-html.module.css';

/**
 * The full description as the server rendered it from Markdown (no scripts, no inline handlers, no raw HTML from the
 * author, its headings already under the page's h2 "Description"), in the product's reading styles.
 */
export function DescriptionHtml({ html, lang }: { html: string; lang: string | undefined }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the API sanitises descriptionHtml (CatalogueService contract).
  return <Typography className={classes.description} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
