/**
 * The first characters that make spreadsheet software read a cell as a formula (OWASP, CSV
 * injection): `=`, `+`, `-`, `@`, a tab or a carriage return, and their full-width forms, which
 * Japanese Excel reads alike.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * One RFC 4180 field: quoted when it holds a quote, a comma or a line break; quotes doubled.
 * Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`) is neutralised as OWASP
 * advises: a single quote before it, and the field quoted. Numbers are written as they are.
 * Hand-written: a CSV library would be a dependency for these four lines (tests read the
 * output back with csv-parse).
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A CSV file as spreadsheet software on the intranet opens it: a UTF-8 byte order mark (so
 * Japanese is not misread), CRLF after every record. Every CSV the site writes goes through here.
 */
export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}
