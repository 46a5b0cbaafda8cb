/**
 * CSV as spreadsheets open it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order mark, without which Excel
 * reads the file as the system's code page and garbles Latvian letters (ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž).
 */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Excel takes a cell starting with one of these as a formula (CSV injection); a leading apostrophe keeps the
 * text as text. Audit rows carry what people typed, so they are not trusted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, separator: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes('"') || text.includes(separator) || /[\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * A whole file: the header, then the rows. Excel splits columns at the list separator of the system's regional
 * settings, which is a semicolon where the decimal separator is a comma (Latvia); the caller picks it.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], separator = ','): string {
  const line = (cells: readonly string[]) => cells.map((cell) => csvCell(cell, separator)).join(separator);
  return `${BYTE_ORDER_MARK}${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

/** Hands a text file to the browser's downloads. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
