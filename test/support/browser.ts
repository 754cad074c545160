import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless: tests never download a browser. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

/**
 * The one Chromium of the test run (started by the global setup), for a test file: closing it
 * closes the file's pages only. Each file used to start its own, a second or two each.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/**
 * Loads the site's search into the page as `window.pagefind`, as the search page does: through
 * `pagefind/handbook-search.js`, which merges every shard of the index. The import is passed as
 * text: a function would be rewritten by Vitest's module transform before reaching the browser.
 */
export async function loadPagefind(page: Page, base = '/'): Promise<void> {
  const bundle = JSON.stringify(`${base}pagefind/`);
  await page.evaluate(
    `import(${bundle} + 'handbook-search.js').then(({ loadSearch }) => loadSearch(${bundle})).then((search) => { window.pagefind = search; })`,
  );
}
