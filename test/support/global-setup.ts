import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './chromium';
import { startBuild } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureBaseDist: string;
    /** The Chromium every browser test connects to (test/support/browser.ts). */
    browserEndpoint: string;
  }
}

/**
 * The fixture handbook is built once per test run, at the root and under a base path, both
 * builds at once (each spends much of its time starting Astro and bundling on one core), while
 * the one browser of the run starts.
 */
export default async function setup(project: TestProject) {
  const [browser, ...builds] = await Promise.all([
    chromium.launchServer(CHROMIUM),
    ...(
      [
        ['fixtureDist', '/'],
        ['fixtureBaseDist', '/handbook/'],
      ] as const
    ).map(async ([key, base]) => ({ key, base, built: await startBuild({ base }) })),
  ]);
  project.provide('browserEndpoint', browser.wsEndpoint());
  for (const { key, base, built } of builds) {
    if (built.status !== 0) {
      await browser.close();
      throw new Error(`Building the fixture handbook (base ${base}) failed:\n${built.output}`);
    }
    project.provide(key, built.dist);
  }
  return () => browser.close();
}
