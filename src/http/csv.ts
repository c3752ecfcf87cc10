/** A cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/** Text a spreadsheet would run as a formula: =, +, -, @, a tab or a carriage return first. */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: a header line, then one line per row, each ended by CRLF. Text that a
 * spreadsheet would take for a formula is prefixed with an apostrophe; numbers are written as
 * they are.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',') + '\r\n').join('');
}
