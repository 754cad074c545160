// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { bodyMarkdownOptions } from './src/source/body-markdown.ts';
import { contentCacheDir, siteOutDir } from './src/source/build-plan.ts';
import { readSettings } from './src/source/settings.ts';

// Every HANDBOOK_* setting is read and checked in src/source/settings.ts; where Astro writes
// and caches comes from the build plan of `npm run build` (src/source/build-plan.ts).
const settings = readSettings();

export default defineConfig({
  // The project's, also when a build runs Astro with its own work folder as root (scripts/build.ts).
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  site: settings.site,
  base: settings.base,
  trailingSlash: 'ignore',
  publicDir: settings.publicDir,
  outDir: siteOutDir(),
  // scripts/build.ts keeps a content cache per dist, so a rebuild renders only changed bodies.
  cacheDir: contentCacheDir(),
  // Four pages at a time: writing one page's files overlaps with rendering the next
  // (a third less time generating pages at 5,000 entries, by npm run bench).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
  // The options the content loader renders bodies with (Sätteri, Astro 7's default, runs no
  // remark plugins: GFM goes through unified()).
  markdown: { processor: unified(bodyMarkdownOptions(settings.base)) },
  integrations: [mdx()],
  // Scripts stay files under /_astro/, never inlined into pages, so that the site runs under a
  // Content-Security-Policy of `script-src 'self'` (README, Publishing).
  vite: { build: { assetsInlineLimit: 0 } },
});
