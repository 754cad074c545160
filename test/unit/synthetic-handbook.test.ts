import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
