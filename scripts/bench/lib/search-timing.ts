import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  DRAWN_MARK,
  FIRST_SCREEN,
  PAGE_DRAWN_MARK,
  START_MARK,
} from '../../../src/search/browser/search-page';
import { CHROMIUM } from '../../../test/support/chromium';
import { serveStatic } from '../../../test/support/static-server';
import { linkTree } from '../../lib/link-tree';

/**
 * Search in Chromium, ours against one plain Pagefind index of the same pages: the cold first
 * search (a fresh browser context: page load to the first results drawn, with every request and
 * byte it took) and warm searches (another query on the same page, to results drawn).
 */

/** Cold first searches (each in a fresh browser context) and warm ones after them. */
export const COLD_QUERIES = ['ワールドカフェ', '人材育成', '模造紙'];
export const WARM_QUERIES = ['防災', '業務改善', '対話', '若手職員', '進行', 'ふりかえり'];

/**
 * Times are to the first screen of results drawn (FIRST_SCREEN results, with their titles and
 * excerpts, and the count), on both pages; `warmPageMs` is to all 20. Requests and bytes are of
 * the whole first page of 20 results.
 */
export interface SearchTiming {
  /** Median over the cold queries. */
  coldMs: number;
  coldRequests: number;
  coldBytes: number;
  /** Median and slowest over the warm queries. */
  warmMs: number;
  warmMaxMs: number;
  /** Median over the warm queries, to the whole page of 20 results drawn. */
  warmPageMs: number;
  /** Pagefind's files on disk. */
  indexBytes: number;
  /** Every cold search (ms, requests, bytes) and warm search (ms), in the order run. */
  colds: { ms: number; requests: number; bytes: number }[];
  warms: number[];
}

/**
 * What the search page runs instead of ours over the plain index: Pagefind's JS API alone, as a
 * site would use it, drawing the same 20 results with their excerpts into the same page, the
 * first screen of them first, as ours does (FIRST_SCREEN). Like ours with its filters closed, it
 * loads no filter: Pagefind counts the matches of every filter it has loaded with each search.
 */
const PLAIN_SCRIPT = `const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 40 });
const list = document.getElementById('search-results');
const item = (d) => {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  heading.append(Object.assign(document.createElement('a'), { href: d.url, textContent: d.meta.title }));
  const excerpt = document.createElement('p');
  excerpt.innerHTML = d.excerpt;
  item.append(heading, excerpt);
  return item;
};
window.runSearch = async (query) => {
  performance.mark('${START_MARK}');
  const found = await pagefind.search(query);
  const page = found.results.slice(0, 20);
  list.replaceChildren(...(await Promise.all(page.slice(0, ${FIRST_SCREEN}).map((r) => r.data()))).map(item));
  document.getElementById('search-status').textContent = found.results.length + ' 件';
  performance.mark('${DRAWN_MARK}');
  list.append(...(await Promise.all(page.slice(${FIRST_SCREEN}).map((r) => r.data()))).map(item));
  performance.mark('${PAGE_DRAWN_MARK}');
  return found.results.length;
};
await window.runSearch(new URLSearchParams(location.search).get('q'));
`;

/** One Pagefind index of a site's pages as Pagefind makes it by default (its own Japanese segmenter), in `<site>/pagefind/`. */
export async function plainIndex(site: string): Promise<number> {
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** A copy of a built site (hard links) whose search is one plain Pagefind index of its pages, and a page that searches it. */
export async function plainIndexSite(site: string, folder: string): Promise<void> {
  linkTree(site, folder);
  await plainIndex(folder);
  writePlainSearchPage(folder);
}

/**
 * The same search page as ours, its scripts (and the hints that load them early) swapped for
 * Pagefind's JS API alone, in a file of its own: the site's Content-Security-Policy allows no
 * inline script.
 */
export function writePlainSearchPage(folder: string): void {
  const ours = readFileSync(join(folder, 'search', 'index.html'), 'utf8');
  const plain = ours
    .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
    .replace('</body>', '<script type="module" src="/plain-search/search.js"></script></body>');
  mkdirSync(join(folder, 'plain-search'), { recursive: true });
  writeFileSync(join(folder, 'plain-search', 'index.html'), plain);
  writeFileSync(join(folder, 'plain-search', 'search.js'), PLAIN_SCRIPT);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The last search's marks: since its start, the first screen drawn and the whole page drawn;
 * and the first screen's time since navigation.
 */
function marks(page: Page): Promise<{ drawnAt: number; took: number; pageTook: number }> {
  return page.evaluate(
    (names) => {
      // No named function in here: tsx would wrap it in a helper the page does not have.
      const [start, drawn, pageDrawn] = names.map(
        (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN,
      );
      return { drawnAt: drawn, took: drawn - start, pageTook: pageDrawn - start };
    },
    [START_MARK, DRAWN_MARK, PAGE_DRAWN_MARK],
  );
}

/** Waits for the nth search's whole page of results: its first screen is drawn before. */
async function waitForDraws(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ([name, n]) => performance.getEntriesByName(name as string).length >= (n as number),
    [PAGE_DRAWN_MARK, count],
    { timeout: 60_000 },
  );
}

/**
 * Counts every request a browser context makes, its workers' too (Pagefind fetches its files
 * from a worker), and the bytes of each response, headers and body.
 */
function countTransfers(context: BrowserContext): () => Promise<{ requests: number; bytes: number }> {
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then(
        (size) => size.responseHeadersSize + size.responseBodySize,
        () => 0,
      ),
    );
  });
  return async () => ({
    requests: sizes.length,
    bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0),
  });
}

/**
 * Times searches on a site: `ours` through its search page, `plain` through the page
 * plainIndexSite writes. Each cold query in a fresh context; the warm ones after the first.
 */
export async function timeSearch(
  site: string,
  kind: 'ours' | 'plain',
  cold: readonly string[],
  warm: readonly string[],
  indexBytes: number,
): Promise<SearchTiming> {
  const server = await serveStatic(site);
  const browser: Browser = await chromium.launch(CHROMIUM);
  const path = kind === 'ours' ? 'search/' : 'plain-search/';
  try {
    const colds: { ms: number; requests: number; bytes: number }[] = [];
    let warmPage: Page | undefined;
    for (const query of cold) {
      const context = await browser.newContext();
      const transfers = countTransfers(context);
      const page = await context.newPage();
      await page.goto(`${server.url}${path}?q=${encodeURIComponent(query)}`);
      await waitForDraws(page, 1);
      const { drawnAt } = await marks(page);
      colds.push({ ms: drawnAt, ...(await transfers()) });
      if (warmPage) await context.close();
      else warmPage = page;
    }
    const warms: number[] = [];
    const warmPages: number[] = [];
    for (const [i, query] of warm.entries()) {
      if (kind === 'ours') {
        await warmPage!.locator('#search-q').fill(query);
        await warmPage!.locator('#search-q').press('Enter');
      } else {
        await warmPage!.evaluate(
          (q) => (window as unknown as { runSearch(q: string): Promise<number> }).runSearch(q),
          query,
        );
      }
      await waitForDraws(warmPage!, i + 2);
      const { took, pageTook } = await marks(warmPage!);
      warms.push(took);
      warmPages.push(pageTook);
    }
    const middle = colds.find((c) => c.ms === median(colds.map((x) => x.ms)))!;
    return {
      coldMs: middle.ms,
      coldRequests: middle.requests,
      coldBytes: middle.bytes,
      warmMs: median(warms),
      warmMaxMs: Math.max(...warms),
      warmPageMs: median(warmPages),
      indexBytes,
      colds,
      warms,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
