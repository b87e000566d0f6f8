/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage
 * return) gets a leading single quote, so an exported comment cannot become a formula (OWASP
 * "CSV injection"). The quote shows; that is the price of opening the file safely.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const cell = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows as CSV text, lines ended by CRLF (RFC 4180). */
export function toCsv(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
