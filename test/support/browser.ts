import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless: tests never download a browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Loads Pagefind's JS API from a built site into the page as `window.pagefind`. The import is
 * passed as text: a function would be rewritten by Vitest's module transform before reaching
 * the browser.
 */
export async function loadPagefind(page: Page, base = '/'): Promise<void> {
  await page.evaluate(`import(${JSON.stringify(`${base}pagefind/pagefind.js`)}).then((pagefind) => { window.pagefind = pagefind; })`);
}
