import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectedLine, handbookWith, readCorpus, type BadInput } from '../support/bad-inputs';
import { startBuild, type BuildResult } from '../support/build-site';
import { treeDigest } from '../support/tree-digest';

/**
 * The cases of the bad-input corpus that only a build can tell (`build: true`): a body only
 * rendering can judge (stopped at the time limit, by the build's own renderer) and a symbolic
 * link under public/, which Astro would copy into the site. Each full build must fail with the
 * file, line and field, and leave the last good site as it was, byte for byte. The others run
 * in-process (test/unit/bad-inputs.test.ts): the build calls the same loader and renderer.
 */
const cases = readCorpus().filter((input) => input.build);
const outcomes = new Map<string, { build: BuildResult; distUnchanged: boolean; dist: string }>();
const folders: string[] = [];

beforeAll(async () => {
  // All at once, each into its own copy of the last good site: a failed build spends most of
  // its time starting Astro, waiting on one core.
  await Promise.all(
    cases.map(async (input: BadInput) => {
      const dist = join(mkdtempSync(join(tmpdir(), 'handbook-last-good-')), 'dist');
      cpSync(inject('fixtureDist'), dist, { recursive: true });
      const lastGood = treeDigest(dist);
      const root = handbookWith(input);
      folders.push(root, join(dist, '..'));
      const build = await startBuild({
        content: join(root, 'content'),
        publicDir: join(root, 'public'),
        dist,
      });
      outcomes.set(input.name, { build, dist, distUnchanged: treeDigest(dist) === lastGood });
    }),
  );
}, 600_000);

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('a build with bad content', () => {
  it('is run for a body stopped at the time limit and a link under public/', () => {
    expect(cases.map((input) => input.name).sort()).toEqual([
      'body-emphasis-quadratic',
      'symlink-public-file-to-passwd',
    ]);
  });

  it.each(cases.map((input) => [input.name, input] as const))(
    '%s: fails with the file, line and field, and leaves the last good site byte for byte',
    (name, input) => {
      const { build, distUnchanged, dist } = outcomes.get(name)!;
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toMatch(expectedLine(input));
      expect(build.output).toContain('前回のまま');
      expect(distUnchanged, dist).toBe(true);
    },
  );
});
