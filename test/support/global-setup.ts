import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { ownerOf } from '../../scripts/build/owner';
import { CHROMIUM } from './chromium';
import { FORM_SETTINGS, fixtureCopy, startBuild } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureBaseDist: string;
    /** The Chromium every browser test connects to (test/support/browser.ts). */
    browserEndpoint: string;
    /** Files of the project's `.astro/` folder that the fixture's builds wrote (none, build-plan.test.ts). */
    projectAstroWrites: string[];
  }
}

/**
 * The files of the project's `.astro/` folder, with when each was written, but those of the
 * builds' own work folders (scripts/build/owner.ts), which come and go while it is read.
 */
function projectAstroFiles(folder = '.astro'): Map<string, number> {
  const files = new Map<string, number>();
  if (!existsSync(folder)) return files;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isFile()) files.set(path, statSync(path).mtimeMs);
    else if (entry.isDirectory() && !ownerOf('build', entry.name))
      for (const [file, written] of projectAstroFiles(path)) files.set(file, written);
  }
  return files;
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
  const astroFiles = projectAstroFiles();
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
  project.provide(
    'projectAstroWrites',
    [...projectAstroFiles()]
      .filter(([file, written]) => astroFiles.get(file) !== written)
      .map(([file]) => file),
  );
  for (const { key, built } of builds) {
    if (built.status !== 0) {
      await browser.close();
      throw new Error(`Building the fixture handbook (${key}) failed:\n${built.output}`);
    }
    project.provide(key, built.dist);
  }
  return () => browser.close();
}
