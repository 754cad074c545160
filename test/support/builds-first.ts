import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** What starts a build or a dev server of its own in a test file. */
const BUILD = /\b(?:startBuild|buildSite)\(|scripts\/astro\.ts/g;

/** How many builds or dev servers a test file starts, as written in it. */
export const buildsIn = (file: string) => readFileSync(file, 'utf8').match(BUILD)?.length ?? 0;

/**
 * Test files that make builds of their own start first, the most builds first: their builds run
 * one after another, so the run can end no sooner than they do, while the other files fill the
 * cores around them. Then Vitest's own order (longest last time, else largest file first).
 */
export default class BuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const count = new Map(sorted.map((file) => [file, buildsIn(file.moduleId)]));
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => count.get(b.file)! - count.get(a.file)! || a.order - b.order)
      .map(({ file }) => file);
  }
}
