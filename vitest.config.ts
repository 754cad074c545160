import { defineConfig } from 'vitest/config';
import BuildsFirst from './test/support/builds-first.ts';

// Two projects: unit tests of the domain, and site tests that share the builds of the fixture
// handbook made by the global setup. Site tests spend most of their time waiting on a build or
// on Chromium (other processes), so more test files run at once than the machine has cores
// (Vitest's default on 2 cores is one at a time). Test files share one module graph per worker
// (they mock nothing and keep no state in the modules they import), which saves importing the
// domain, Playwright and the HTML parser again for each file. Files that make builds of their
// own start first (test/support/builds-first.ts).
export default defineConfig({
  test: {
    maxWorkers: 4,
    sequence: { sequencer: BuildsFirst },
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, testTimeout: 30_000 } },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
