import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The one Chromium of the test run (started by the global setup), for a test file: closing it
 * closes the file's pages only. Each file used to start its own, a second or two each.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/**
 * Loads Pagefind's own JS API for the site's index into the page as `window.pagefind`, results
 * linked under the base path: for lists made by filters alone and counts, which need no query
 * words (queries go through the search page, which makes the words: test/support/search-page.ts).
 * The import is passed as text: a function would be rewritten by Vitest's module transform.
 */
export async function loadPagefind(page: Page, base = '/'): Promise<void> {
  const bundle = JSON.stringify(`${base}pagefind/`);
  await page.evaluate(
    `import(${bundle} + 'pagefind.js').then(async (pagefind) => { await pagefind.options({ baseUrl: ${JSON.stringify(base)} }); window.pagefind = pagefind; })`,
  );
}
