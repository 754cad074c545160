// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { bodyMarkdownOptions } from './src/source/body-markdown.ts';
import { readSettings } from './src/source/settings.ts';

const settings = readSettings();

// The intranet address: HANDBOOK_SITE (e.g. https://intra.pref.example) and HANDBOOK_BASE
// (e.g. /handbook/) when the handbook is served under a path.
export default defineConfig({
  site: process.env.HANDBOOK_SITE || 'http://localhost:4321',
  base: process.env.HANDBOOK_BASE || '/',
  trailingSlash: 'ignore',
  publicDir: settings.publicDir,
  outDir: process.env.HANDBOOK_OUT || 'dist',
  // scripts/build.ts keeps a content cache per dist, so a rebuild renders only changed bodies.
  cacheDir: settings.cacheDir,
  // Four pages at a time: writing one page's files overlaps with rendering the next
  // (a third less time generating pages at 5,000 entries, by npm run bench).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
  // The options the content loader renders bodies with (Sätteri, Astro 7's default, runs no
  // remark plugins: GFM goes through unified()).
  markdown: { processor: unified(bodyMarkdownOptions(process.env.HANDBOOK_BASE || '/')) },
  integrations: [mdx()],
});
