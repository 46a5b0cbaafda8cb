/**
 * Where to go after signing in: `?next=` when it is a path of this application. Anything else (another site,
 * `//evil.example`, `/\evil.example`, `javascript:`) would make the sign-in page an open redirect.
 */
export function safeReturnPath(next: string | null | undefined, fallback = '/'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters (a tab or newline inside `//`) are dropped by URL parsers; refuse them outright.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what it looks for
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}
