import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { normalizeQuery } from '../../src/domain/search/query';
import { launchBrowser, loadPagefind } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { SEARCH_CASES } from './search-queries';

const dist = inject('fixtureDist');
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(server.url);
  await loadPagefind(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The first 10 result paths of each query, through Pagefind's own JS API in Chromium, the query
 * normalised as the search page does it.
 */
function topTen(queries: string[]): Promise<string[][]> {
  return page.evaluate(async (queries) => {
    const { pagefind } = window as unknown as {
      pagefind: { search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    };
    const tops: string[][] = [];
    for (const query of queries) {
      const search = await pagefind.search(query);
      tops.push(
        await Promise.all(search.results.slice(0, 10).map(async (result) => (await result.data()).url)),
      );
    }
    return tops;
  }, queries);
}

describe('search quality on the fixture handbook', () => {
  it(`finds every expected page in the first 10 results of ${SEARCH_CASES.length} Japanese queries`, async () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(40);
    const tops = await topTen(SEARCH_CASES.map((c) => normalizeQuery(c.query)));
    const misses = SEARCH_CASES.flatMap((c, i) =>
      c.expect
        .filter((url) => !tops[i].includes(url))
        .map((url) => ({ query: c.query, why: c.why, missing: url, got: tops[i] })),
    );
    const expected = SEARCH_CASES.reduce((sum, c) => sum + c.expect.length, 0);
    const passed = SEARCH_CASES.filter((c, i) => c.expect.every((url) => tops[i].includes(url))).length;
    const recall = (100 * (expected - misses.length)) / expected;
    console.log(
      `search recall@10: ${recall.toFixed(1)}% (${expected - misses.length}/${expected} expected pages); ${passed}/${SEARCH_CASES.length} queries find all their pages`,
    );
    for (const miss of misses)
      console.log(
        `  「${miss.query}」 (${miss.why}) misses ${miss.missing}; got ${miss.got.join(' ') || 'nothing'}`,
      );
    expect(misses).toEqual([]);
  });
});
