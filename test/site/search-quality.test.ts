import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage } from '../../src/search/build/read-page';
import { launchBrowser } from '../support/browser';
import { searchAllOnPage, type Drawn } from '../support/search-page';
import { serveStatic, type StaticServer } from '../support/static-server';
import { SEARCH_CASES } from './search-queries';

const dist = inject('fixtureDist');
let server: StaticServer;
let browser: Browser;
let page: Page;
/** What the search page drew for each query of the set, in order. */
let drawn: Drawn[] = [];

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  drawn = await searchAllOnPage(
    page,
    SEARCH_CASES.map((c) => c.query),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const bodies = new Map<string, string>();

/** The body text of a built entry page, as the index reads it: what an excerpt may show. */
function bodyText(url: string): string {
  let body = bodies.get(url);
  if (body === undefined)
    bodies.set(url, (body = readPage(readFileSync(join(dist, url, 'index.html'), 'utf8'))!.body.join('\n')));
  return body;
}

describe('search quality on the fixture handbook, through the search page', () => {
  it(`finds every expected page in the first 10 results of ${SEARCH_CASES.length} queries`, () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(100);
    const misses = SEARCH_CASES.flatMap((c, i) =>
      c.expect
        .filter((url) => !drawn[i].urls.slice(0, 10).includes(url))
        .map((url) => ({ query: c.query, why: c.why, missing: url, got: drawn[i].urls.slice(0, 10) })),
    );
    const expected = SEARCH_CASES.reduce((sum, c) => sum + c.expect.length, 0);
    const passed = SEARCH_CASES.filter((c, i) =>
      c.expect.every((url) => drawn[i].urls.slice(0, 10).includes(url)),
    );
    // Mean reciprocal rank of the best-placed expected page of each query.
    const mrr =
      SEARCH_CASES.reduce((sum, c, i) => {
        const ranks = c.expect.map((url) => drawn[i].urls.indexOf(url)).filter((rank) => rank >= 0);
        return sum + (ranks.length > 0 ? 1 / (Math.min(...ranks) + 1) : 0);
      }, 0) / SEARCH_CASES.length;
    const recall = (100 * (expected - misses.length)) / expected;
    console.log(
      `search recall@10: ${recall.toFixed(1)}% (${expected - misses.length}/${expected} expected pages); ` +
        `${passed.length}/${SEARCH_CASES.length} queries find all their pages; mean reciprocal rank ${mrr.toFixed(3)}`,
    );
    for (const miss of misses)
      console.log(
        `  「${miss.query}」 (${miss.why}) misses ${miss.missing}; got ${miss.got.join(' ') || 'nothing'}`,
      );
    expect(misses).toEqual([]);
  });

  it('shows excerpts of the body only: never a label, a field value or a hidden reading', () => {
    let shown = 0;
    SEARCH_CASES.forEach((_, i) => {
      drawn[i].urls.forEach((url, r) => {
        const excerpt = drawn[i].excerpts[r].replace(/^…|…$/g, '');
        if (!excerpt) return;
        shown++;
        // Every excerpt is a piece of the page's body text, as the page reads.
        expect(bodyText(url), `excerpt of ${url} for 「${SEARCH_CASES[i].query}」`).toContain(excerpt);
      });
    });
    expect(shown).toBeGreaterThan(500);
  });
});
