/**
 * Debian's Chromium, headless: tests and the benchmark never download a browser. Kept apart from
 * browser.ts, which reads Vitest's state, so that the benchmark can start it outside Vitest.
 */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};
