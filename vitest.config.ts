import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build tests run `astro build`; two at once on two cores only slows both down.
    fileParallelism: true,
  },
});
