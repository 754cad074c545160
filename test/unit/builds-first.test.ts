import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildsIn } from '../support/builds-first';

const testFiles = ['test/site', 'test/unit'].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(folder, name)),
);

// The sequencer starts first the files that make builds of their own, found by how they start
// them: a file that builds in another way would wait behind the others and make the run longer.
describe('the order test files start in', () => {
  it('counts the builds of every file that starts a build or a dev server', () => {
    const building = testFiles.filter(
      (file) =>
        file !== 'test/unit/builds-first.test.ts' &&
        /\b(startBuild|buildSite)\b|scripts\/(build|astro)\.ts/.test(readFileSync(file, 'utf8')),
    );
    expect(building.length).toBeGreaterThan(3);
    for (const file of building) expect(buildsIn(file), file).toBeGreaterThan(0);
  });

  it('puts the rebuild chain, the longest, before the files with one build', () => {
    expect(buildsIn('test/site/rebuild.test.ts')).toBeGreaterThan(buildsIn('test/site/forms.test.ts'));
    expect(buildsIn('test/site/dev-server.test.ts')).toBe(1);
    expect(buildsIn('test/site/pages.test.ts')).toBe(0);
  });
});
