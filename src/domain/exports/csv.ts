/** One RFC 4180 field: quoted when it holds a quote, a comma or a line break; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file as spreadsheet software on the intranet opens it: a UTF-8 byte order mark (so
 * Japanese is not misread), CRLF after every record.
 */
export function csvDocument(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}
