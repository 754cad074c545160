/**
 * Splits the pages of the search index into shards: Pagefind indexes small enough to build one
 * at a time, each a contiguous range of the filter-only order (`order` of a search record,
 * `<typeIndex>:<key>`), listed in that order. The browser reads a list made by filters alone
 * shard by shard in this order, so the list keeps the order of the whole site.
 *
 * A shard's boundaries are prefixes of the order key, so they stay where they are as pages change:
 * a type never shares a shard with another type; a type with more than `size` pages splits by the
 * next character of the key (a person's first kana, then the next; a request's or report's year,
 * then month, as the date is written newest first), recursively; neighbouring ranges under the
 * same prefix join while together they stay within `size`. A change moves pages only within its
 * prefix, and only when it crosses `size`.
 */

/** A page of the index: its path in the site and its order key, if it has a search record. */
export interface ShardPage {
  path: string;
  order?: string;
}

interface Keyed<P> {
  page: P;
  /** The order key as code points: Pagefind sorts its keys as Rust strings, by code point (JS compares UTF-16 units). */
  key: number[];
  /** How many leading code points are the group prefix, never shared with another group. */
  group: number;
}

const codePoints = (text: string) => Array.from(text, (char) => char.codePointAt(0)!);

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const samePrefix = (a: readonly number[], b: readonly number[], length: number) =>
  Math.min(a.length, length) === Math.min(b.length, length) &&
  compareKeys(a.slice(0, length), b.slice(0, length)) === 0;

/** Consecutive runs of items whose keys share the first `length` code points. */
function runs<P>(items: readonly Keyed<P>[], length: number): Keyed<P>[][] {
  const out: Keyed<P>[][] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && samePrefix(last[0].key, item.key, length)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/** Shards of sorted items that share their first `depth` code points. */
function split<P>(items: Keyed<P>[], depth: number, size: number): Keyed<P>[][] {
  if (items.length <= size) return [items];
  const children = runs(items, depth + 1);
  if (children.length === 1) {
    // Pages with one and the same key cannot be told apart: they stay together, however many.
    return items.every((item) => item.key.length <= depth) ? [items] : split(items, depth + 1, size);
  }
  const shards: Keyed<P>[][] = [];
  let joined: Keyed<P>[] = [];
  const flush = () => {
    if (joined.length > 0) shards.push(joined);
    joined = [];
  };
  for (const child of children) {
    if (child.length > size) {
      flush();
      shards.push(...split(child, depth + 1, size));
      continue;
    }
    if (joined.length + child.length > size) flush();
    joined.push(...child);
  }
  flush();
  return shards;
}

/** Consecutive items with the same group prefix (the type of page). */
function groups<P>(items: readonly Keyed<P>[]): Keyed<P>[][] {
  const out: Keyed<P>[][] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && last[0].group === item.group && samePrefix(last[0].key, item.key, item.group))
      last.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * The pages in shards of at most `size` pages (unless they share one key), in merge order.
 * Pages without an order key (a site without search records, such as the benchmark's plain
 * Astro site) come last, split the same way by their path.
 */
export function assignShards<P extends ShardPage>(pages: readonly P[], size: number): P[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A shard holds at least one page, not ${size}.`);
  const sorted = (items: Keyed<P>[]) =>
    items.sort(
      (a, b) => compareKeys(a.key, b.key) || compareKeys(codePoints(a.page.path), codePoints(b.page.path)),
    );
  const ordered = sorted(
    pages.flatMap(({ order }, i) =>
      order === undefined
        ? []
        : [
            {
              page: pages[i],
              key: codePoints(order),
              group: codePoints(order.slice(0, order.indexOf(':') + 1)).length,
            },
          ],
    ),
  );
  const unordered = sorted(
    pages
      .filter((page) => page.order === undefined)
      .map((page) => ({ page, key: codePoints(page.path), group: 0 })),
  );
  return [...groups(ordered), ...(unordered.length > 0 ? [unordered] : [])]
    .flatMap((group) => split(group, group[0].group, size))
    .map((shard) => shard.map((item) => item.page));
}
