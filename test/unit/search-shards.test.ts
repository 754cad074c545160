import { describe, expect, it } from 'vitest';
import { assignShards, type ShardPage } from '../../src/domain/search/shards';
import { allSearchRecords, SEARCH_TYPES } from '../../src/domain/search/search-record';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { loadHandbook } from '../../src/source/load-handbook';

const { handbook } = loadHandbook({
  contentDir: 'test/fixtures/handbook/content',
  publicDir: 'test/fixtures/handbook/public',
  today: '2026-11-22',
});
const records = allSearchRecords(buildHandbookIndex(handbook, '2026-11-22'));

/** As search records write a date: digits reversed, so that ascending is newest first. */
const newestFirst = (date: string) => date.replace(/\d/g, (digit) => String(9 - Number(digit)));
const report = (date: string, n = 0): ShardPage => ({
  path: `reports/${date}-${n}/index.html`,
  order: `2:${newestFirst(date)}`,
});
const person = (kana: string): ShardPage => ({ path: `facilitators/${kana}/index.html`, order: `0:${kana}` });
const paths = (shards: ShardPage[][]) => shards.map((shard) => shard.map((page) => page.path));

/** Pagefind's order of sort keys: Rust strings, compared by code point. */
const byCodePoint = (a: string, b: string) => {
  const [x, y] = [Array.from(a, (c) => c.codePointAt(0)!), Array.from(b, (c) => c.codePointAt(0)!)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};

describe('search index shards', () => {
  it('gives a small handbook one shard per type, in the order of the search types', () => {
    const pages = records.map((record, i) => ({ path: `page-${i}`, order: record.order, type: record.type }));
    const shards = assignShards(pages, 500);
    expect(shards.map((shard) => [...new Set(shard.map((page) => page.type))])).toEqual(
      SEARCH_TYPES.map((type) => [type]),
    );
  });

  it('lists, shard after shard, every page in the order Pagefind sorts their keys', () => {
    const pages = records.map((record, i) => ({ path: `page-${i}`, order: record.order }));
    for (const size of [1, 2, 3, 5, 500]) {
      const shards = assignShards(pages, size);
      expect(shards.flat().map((page) => page.order)).toEqual(
        pages.map((page) => page.order).sort(byCodePoint),
      );
      expect(
        shards.every((shard) => shard.length <= size || shard.every((page) => page.order === shard[0].order)),
      ).toBe(true);
    }
  });

  it('orders by code point as Pagefind does, not by UTF-16 unit as JavaScript does', () => {
    const wide = { path: 'a', order: '3:ｱ' };
    const astral = { path: 'b', order: '3:𠮷' };
    expect(astral.order < wide.order).toBe(true);
    expect(assignShards([astral, wide], 1)).toEqual([[wide], [astral]]);
  });

  it('splits a big type by the next character of the key and joins neighbours up to the size', () => {
    const people = ['あおき', 'あさの', 'いとう', 'いのうえ', 'うえだ', 'かとう', 'かねこ', 'きむら'].map(
      person,
    );
    expect(paths(assignShards(people, 5))).toEqual([
      ['あおき', 'あさの', 'いとう', 'いのうえ', 'うえだ'].map((kana) => `facilitators/${kana}/index.html`),
      ['かとう', 'かねこ', 'きむら'].map((kana) => `facilitators/${kana}/index.html`),
    ]);
  });

  it('cuts reports at years, newest first, and a year too big for one shard at months', () => {
    const pages = [
      report('2027-02-01'),
      report('2026-11-03'),
      report('2026-11-20'),
      report('2026-04-01'),
      report('2026-04-02'),
      report('2025-06-01'),
    ];
    expect(paths(assignShards(pages, 3))).toEqual([
      [report('2027-02-01').path],
      [report('2026-11-20').path, report('2026-11-03').path],
      [report('2026-04-02').path, report('2026-04-01').path],
      [report('2025-06-01').path],
    ]);
  });

  it('moves no other page when one page is added, changed or removed within its range', () => {
    const years = ['2024', '2025', '2026'].flatMap((year) =>
      Array.from({ length: 4 }, (_, n) => report(`${year}-0${n + 1}-10`)),
    );
    const before = paths(assignShards(years, 5));
    expect(before).toHaveLength(3);
    const added = paths(assignShards([...years, report('2025-09-09')], 5));
    expect(added).toEqual([before[0], [report('2025-09-09').path, ...before[1]], before[2]]);
    const removed = paths(
      assignShards(
        years.filter((page) => page.path !== years[5].path),
        5,
      ),
    );
    expect(removed).toEqual([before[0], before[1].filter((path) => path !== years[5].path), before[2]]);
  });

  it('keeps pages with one and the same key together, however many', () => {
    const same = Array.from({ length: 4 }, (_, n) => report('2026-05-01', n));
    expect(paths(assignShards([...same, report('2026-05-02')], 2))).toEqual([
      [report('2026-05-02').path],
      same.map((page) => page.path),
    ]);
  });

  it('puts pages without a search record last, by path (a site without records is split by path alone)', () => {
    const plain = ['reports/b/index.html', 'guides/a/index.html', 'index.html'].map((path) => ({ path }));
    expect(paths(assignShards([...plain, report('2026-05-01')], 2))).toEqual([
      [report('2026-05-01').path],
      ['guides/a/index.html', 'index.html'],
      ['reports/b/index.html'],
    ]);
  });

  it('needs a size of at least one page', () => {
    expect(() => assignShards([], 0)).toThrow();
  });
});
