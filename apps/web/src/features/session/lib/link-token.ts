/**
 * The secret of a one-time link, `…/set-password#token=…`. It travels in the fragment, which browsers never send
 * to servers or in Referer headers, so it stays out of logs.
 */
export function linkTokenOf(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token ? token : undefined;
}
