/** The top-level fields whose values differ between two versions of a description, in the order of the first. */
export function changedFields(mine: object, theirs: object): string[] {
  const a = mine as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
