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
