import type { Page } from 'playwright-core';

/** What the search page drew for a query: result paths in order, the status line, the excerpts. */
export interface Drawn {
  urls: string[];
  status: string;
  excerpts: string[];
  maybe: string[];
}

/** What the search page shows, read in the page (as text: see searchAllOnPage). */
const READ_DRAWN = `() => ({
  urls: [...document.querySelectorAll('#search-results h3 a')].map((a) => new URL(a.href).pathname),
  status: document.getElementById('search-status')?.textContent ?? '',
  excerpts: [...document.querySelectorAll('#search-results .search-result-excerpt')].map((p) => p.textContent ?? ''),
  maybe: [...document.querySelectorAll('#search-maybe a')].map((a) => a.textContent ?? ''),
})`;

/**
 * Waits in the page until it has answered `query` whole (its results drawn, and the counts of
 * open filters), then reads what it shows. Polled by the page itself: Playwright's
 * waitForFunction would evaluate text, which the site's Content-Security-Policy forbids.
 */
const DRAWN_FOR = `async (query) => {
  const answered = () =>
    document.getElementById('search-results')?.getAttribute('aria-busy') === 'false' &&
    document.querySelector('[data-search-filters]')?.getAttribute('aria-busy') !== 'true' &&
    (document.getElementById('search-status')?.textContent ?? '').includes('「' + query + '」');
  const end = Date.now() + 30000;
  while (!answered()) {
    if (Date.now() > end) throw new Error('The search page did not answer 「' + query + '」 in 30 s');
    await new Promise((done) => setTimeout(done, 2));
  }
  return (${READ_DRAWN})();
}`;

/**
 * Runs one search on an open search page as a person would (types the query, presses Enter) and
 * returns what the page drew for it.
 */
export async function searchOnPage(page: Page, query: string): Promise<Drawn> {
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  return page.evaluate<Drawn>(`(${DRAWN_FOR})(${JSON.stringify(query)})`);
}

/**
 * Runs queries one after the other on an open search page, each submitted through the page's
 * own form as Enter submits it, and returns what the page drew for each: the page's code as a
 * person runs it, in one call from the test instead of several for each query (a quality set of
 * a hundred queries spent most of its time on them). Typing itself is searchOnPage's.
 */
export function searchAllOnPage(page: Page, queries: readonly string[]): Promise<Drawn[]> {
  // Passed as text: tsx and Vitest may wrap a function's inner functions in helpers the page lacks.
  return page.evaluate<Drawn[]>(`(async (queries) => {
    const form = document.querySelector('form[data-search-panel]');
    const drawn = [];
    for (const query of queries) {
      form.querySelector('input[name="q"]').value = query;
      form.requestSubmit();
      drawn.push(await (${DRAWN_FOR})(query));
    }
    return drawn;
  })(${JSON.stringify(queries)})`);
}

/**
 * Waits until the search page has answered (its status says how many results, or `status`) and
 * has drawn all of them: the first screen comes first, and the list is busy until the rest is in.
 */
export async function searchAnswered(
  page: Page,
  status: string | RegExp = /件|見つかりませんでした|ありません/,
): Promise<string> {
  await page.locator('#search-status').filter({ hasText: status }).waitFor();
  await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
  // The counts beside open filters come after the results.
  await page.locator('[data-search-filters]:not([aria-busy="true"])').waitFor({ state: 'attached' });
  return page.locator('#search-status').innerText();
}
