import type { Page } from 'playwright-core';

/** What the search page drew for a query: result paths in order, the status line, the excerpts. */
export interface Drawn {
  urls: string[];
  status: string;
  excerpts: string[];
  maybe: string[];
}

/**
 * Runs one search on an open search page as a person would (types the query, presses Enter) and
 * waits until the page has drawn its answer (the result list is no longer busy).
 */
export async function searchOnPage(page: Page, query: string): Promise<Drawn> {
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction(
    (q) =>
      document.getElementById('search-results')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('[data-search-filters]')?.getAttribute('aria-busy') !== 'true' &&
      (document.getElementById('search-status')?.textContent ?? '').includes(`「${q}」`),
    query,
  );
  return page.evaluate(() => ({
    urls: [...document.querySelectorAll('#search-results h3 a')].map(
      (a) => new URL((a as HTMLAnchorElement).href).pathname,
    ),
    status: document.getElementById('search-status')?.textContent ?? '',
    excerpts: [...document.querySelectorAll('#search-results .search-result-excerpt')].map(
      (p) => p.textContent ?? '',
    ),
    maybe: [...document.querySelectorAll('#search-maybe a')].map((a) => a.textContent ?? ''),
  }));
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
    const input = form.querySelector('input[name="q"]');
    const list = document.getElementById('search-results');
    const status = document.getElementById('search-status');
    const filters = document.querySelector('[data-search-filters]');
    const drawn = [];
    for (const query of queries) {
      input.value = query;
      form.requestSubmit();
      while (
        list.getAttribute('aria-busy') !== 'false' ||
        filters.getAttribute('aria-busy') === 'true' ||
        !status.textContent.includes('「' + query + '」')
      )
        await new Promise((done) => setTimeout(done, 2));
      drawn.push({
        urls: [...list.querySelectorAll('h3 a')].map((a) => new URL(a.href).pathname),
        status: status.textContent,
        excerpts: [...list.querySelectorAll('.search-result-excerpt')].map((p) => p.textContent),
        maybe: [...document.querySelectorAll('#search-maybe a')].map((a) => a.textContent),
      });
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
