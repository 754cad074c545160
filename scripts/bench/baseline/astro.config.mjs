// @ts-check
// The plain-Astro baseline of the benchmark: Astro's default pipeline with MDX, nothing else.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  publicDir: process.env.BASELINE_PUBLIC,
  outDir: process.env.BASELINE_OUT,
  cacheDir: process.env.BASELINE_CACHE,
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
