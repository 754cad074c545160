/** Japanese reading order (五十音) for people, by their `kana`. */

/**
 * ICU's Japanese collation is the order of a Japanese dictionary: readings are compared first
 * without voicing marks (かとう and がとう tie there), then plain kana come before voiced and
 * half-voiced ones at the first place they differ (かとう < かどう < がとう, はは < はば < ばば).
 * The default sensitivity keeps that second step; `sensitivity: 'base'` would drop it and
 * leave the tie to whatever decides next.
 */
const compare = new Intl.Collator('ja', { numeric: true }).compare;

export function compareKana(a: string, b: string): number {
  return compare(a, b);
}

export function sortByKana<T>(items: readonly T[], kanaOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareKana(kanaOf(a), kanaOf(b)));
}

const ROWS: ReadonlyArray<readonly [string, string]> = [
  ['あ行', 'あいうえおぁぃぅぇぉゔ'],
  ['か行', 'かきくけこゕゖ'],
  ['さ行', 'さしすせそ'],
  ['た行', 'たちつてとっ'],
  ['な行', 'なにぬねの'],
  ['は行', 'はひふへほ'],
  ['ま行', 'まみむめも'],
  ['や行', 'やゆよゃゅょ'],
  ['ら行', 'らりるれろ'],
  ['わ行', 'わゐゑをんゎ'],
];

/** The kana row (あ行, か行 …) a reading starts in; voiced kana belong to their plain row. */
export function kanaRow(kana: string): string {
  const first = kana.trim().normalize('NFD').charAt(0);
  return ROWS.find(([, chars]) => chars.includes(first))?.[0] ?? 'その他';
}

/** Items sorted by reading and grouped by kana row, rows in 五十音 order. */
export function groupByKanaRow<T>(
  items: readonly T[],
  kanaOf: (item: T) => string,
): { row: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of sortByKana(items, kanaOf)) {
    const row = kanaRow(kanaOf(item));
    groups.set(row, [...(groups.get(row) ?? []), item]);
  }
  const order = [...ROWS.map(([row]) => row), 'その他'];
  return order.filter((row) => groups.has(row)).map((row) => ({ row, items: groups.get(row)! }));
}

const HIRAGANA_READING = /^[\u3041-\u3096\u309D\u309E\u30FC\s]+$/u;

/** A reading is hiragana (with the long-vowel mark and spaces allowed). */
export function isHiraganaReading(value: string): boolean {
  return HIRAGANA_READING.test(value) && value.trim().length > 0;
}
