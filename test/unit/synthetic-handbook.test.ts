import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/source/load-handbook';
import { BENCH_TODAY, generateHandbook, writeHandbook } from '../../scripts/bench/lib/generate-handbook';

describe('the synthetic handbook of the benchmark', () => {
  it('follows the content model: it loads with no error and no warning', () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbook-synthetic-'));
    writeHandbook(folder, generateHandbook(200, 7));
    const loaded = loadHandbook({
      contentDir: join(folder, 'content'),
      publicDir: join(folder, 'public'),
      today: BENCH_TODAY,
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.handbook.departments).toHaveLength(40);
    expect(loaded.handbook.facilitators).toHaveLength(60);
    expect(loaded.handbook.reports.some((report) => report.request)).toBe(true);
    expect(loaded.bodies.some(({ body }) => body.includes('| --- |'))).toBe(true);
    expect(loaded.handbook.materials.flatMap((material) => material.files).length).toBeGreaterThan(0);
  });

  it('is the same for the same seed', () => {
    const text = (seed: number) =>
      generateHandbook(200, seed)
        .map(
          (file) => `${file.path}\n${typeof file.content === 'string' ? file.content : file.content.length}`,
        )
        .join('\n');
    expect(text(1)).toBe(text(1));
    expect(text(1)).not.toBe(text(2));
  });
});

describe('npm run bench -- --quick', () => {
  // Only that the benchmark runs end to end and prints its report: timings are never checked.
  it('builds both sites and prints the table', { timeout: 900_000 }, () => {
    // Without what Vitest sets for its own Vite (MODE, BASE_URL …), which Astro would read.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !/^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$|NODE_ENV$)/.test(key),
      ),
    );
    const result = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/bench/bench.ts', '--quick'], {
      encoding: 'utf8',
      env: { ...env, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}` },
    });
    expect(result.stderr).not.toMatch(/failed/);
    expect(result.status).toBe(0);
    const report = result.stdout;
    expect(report).toMatch(
      /^\| entries \| build \| wall s \(median\) \| ms \/ entry \| peak RSS \| ours \/ baseline \|$/m,
    );
    for (const build of [
      'ours, cold',
      'ours, cold, less Pagefind alone \\(estimate\\)',
      'ours, rebuild after one change',
      'plain Astro, cold',
      'plain Astro, rebuild after one change',
    ]) {
      expect(report).toMatch(
        new RegExp(
          `^\\| 200 \\| ${build} \\| -?[\\d.]+ \\| -?[\\d.]+ \\| \\d+ MB( without Pagefind)? \\| `,
          'm',
        ),
      );
    }
    expect(report).toMatch(/^\| 200 \| ours \| [\d.]+ \| \d+ MB \| \d+ MB \| \d+ \|$/m);
    expect(report).toMatch(/^\| `facilitators\/<id>` \| 60 \| /m);
    expect(report).toMatch(/^\| 200 \| 60 \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|$/m);
  });
});
