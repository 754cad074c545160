import { inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/**
 * The one Chromium of the test run (started by the global setup), for a test file: closing it
 * closes the file's pages only. Each file used to start its own, a second or two each.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** One browser tab that a test file takes from page to page. */
export interface Tab {
  page: Page;
  /** Script errors and console errors of the pages shown, until the test file empties it. */
  errors: string[];
  /** Loads `url` in the tab. */
  open(url: string): Promise<Page>;
}

/**
 * A tab in a context of its own (with `options`) or in the context given. A new tab starts a
 * renderer process and sets up Japanese type again, about a second of the machine's time each,
 * five times what loading another page of the same site in the same tab costs: tests take their
 * pages in one tab, one after the other. Leaving a page ends its scripts, so each test still
 * starts from the page as it loads.
 */
export async function openTab(
  owner: Browser | BrowserContext,
  options: BrowserContextOptions = {},
): Promise<Tab> {
  const page = 'newContext' in owner ? await owner.newPage(options) : await owner.newPage();
  const tab: Tab = {
    page,
    errors: [],
    async open(url) {
      await page.goto(url);
      return page;
    },
  };
  page.on('pageerror', (error) => tab.errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') tab.errors.push(`${page.url()}: ${message.text()}`);
  });
  return tab;
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
