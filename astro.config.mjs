// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
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
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: {
    // Sätteri, Astro 7's default, runs no remark plugins: GFM goes through unified().
    processor: unified({
      remarkPlugins: [remarkGfm],
      remarkRehype: { footnoteLabel: '脚注', footnoteBackLabel: '本文に戻る' },
    }),
  },
  integrations: [mdx()],
});
