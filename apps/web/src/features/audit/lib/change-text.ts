/** A before or after value of an audit change, short enough for a table cell. */
export function changeValueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
