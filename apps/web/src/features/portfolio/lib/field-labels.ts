export interface PathTexts {
  /** The name of a field of the description; undefined for a name the messages do not know. */
  field: (name: string) => string | undefined;
  /** The place of an item in a list, counted from 1: `2.`. */
  item: (number: number) => string;
}

/**
 * A dotted path into a description (`channels.0.url`, as errors and differences name fields) in words:
 * "Kanāli › 1. › Adrese tīmeklī". A name the messages do not know is shown as it is, rather than hidden.
 */
export function labelOfPath(path: string, texts: PathTexts): string {
  return path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? texts.item(Number(segment) + 1) : (texts.field(segment) ?? segment)))
    .join(' › ');
}
