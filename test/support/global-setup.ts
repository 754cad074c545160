import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureBaseDist: string;
  }
}

/** The fixture handbook is built once per test run, at the root and under a base path. */
export default function setup(project: TestProject) {
  for (const [key, base] of [
    ['fixtureDist', '/'],
    ['fixtureBaseDist', '/handbook/'],
  ] as const) {
    const built = buildSite({ base });
    if (built.status !== 0)
      throw new Error(`Building the fixture handbook (base ${base}) failed:\n${built.output}`);
    project.provide(key, built.dist);
  }
}
