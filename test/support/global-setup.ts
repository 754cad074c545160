import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './chromium';
import { FORM_SETTINGS, fixtureCopy, startBuild } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureBaseDist: string;
    /** The Chromium every browser test connects to (test/support/browser.ts). */
    browserEndpoint: string;
  }
}

/**
 * The fixture handbook is built once per test run, twice: from a copy outside git at the root
 * without a repository (as a handbook unpacked from an archive: dates from content), and in this
 * repository under a base path with one (and a training center's address, so that the forms'
 * links are tested), both builds at once (each spends much of its time starting Astro and
 * bundling on one core), while the one browser of the run starts.
 */
export default async function setup(project: TestProject) {
  const copy = fixtureCopy();
  const [browser, ...builds] = await Promise.all([
    chromium.launchServer(CHROMIUM),
    ...(
      [
        ['fixtureDist', { content: join(copy, 'content'), publicDir: join(copy, 'public') }],
        ['fixtureBaseDist', { base: '/handbook/', env: FORM_SETTINGS }],
      ] as const
    ).map(async ([key, options]) => ({ key, built: await startBuild(options) })),
  ]);
  project.provide('browserEndpoint', browser.wsEndpoint());
  for (const { key, built } of builds) {
    if (built.status !== 0) {
      await browser.close();
      throw new Error(`Building the fixture handbook (${key}) failed:\n${built.output}`);
    }
    project.provide(key, built.dist);
  }
  return () => browser.close();
}
