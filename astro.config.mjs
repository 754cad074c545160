// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { remarkBodySyntax } from './src/domain/policy/body-syntax.ts';
import { rehypeHandbookBody, remarkBodyValues } from './src/domain/policy/render.ts';
import { rehypeTaskListLabels } from './src/domain/policy/task-list-labels.ts';
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
  cacheDir: process.env.HANDBOOK_CACHE || 'node_modules/.astro',
  // Four pages at a time: writing one page's files overlaps with rendering the next
  // (a third less time generating pages at 5,000 entries, by npm run bench).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: {
    // Sätteri, Astro 7's default, runs no remark plugins: GFM goes through unified().
    // Bodies are parsed as the content check parses them (MDX expressions read, never run),
    // and only the HTML the policy allows is rendered, with the handbook components expanded.
    processor: unified({
      remarkPlugins: [remarkGfm, remarkBodySyntax, remarkBodyValues],
      rehypePlugins: [[rehypeHandbookBody, { base: process.env.HANDBOOK_BASE || '/' }], rehypeTaskListLabels],
      remarkRehype: { footnoteLabel: '脚注', footnoteBackLabel: '本文に戻る' },
      // Curly quotes and dashes are for English typography, and cost half of the render time.
      smartypants: false,
    }),
  },
  integrations: [mdx()],
});
