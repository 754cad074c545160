import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startBuild } from '../support/build-site';
import { treeDigest } from '../support/tree-digest';

const files = (root: string) => readdirSync(root, { recursive: true }).map(String).sort();
const WAITED = /別のビルド（pid \d+、.*開始）が .*dist を使っています。終わるのを待ってから始めます/;

describe('two builds at once into one dist folder', () => {
  it('leave one complete site, the second having waited for the first, and both say so honestly', async () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'handbook-concurrent-')), 'dist');
    const results = await Promise.all([startBuild({ dist }), startBuild({ dist })]);

    for (const result of results) expect(result.status, result.output).toBe(0);
    expect(results.filter((result) => WAITED.test(result.output))).toHaveLength(1);
    // A build to publish without HANDBOOK_SITE says where its links would point.
    expect(results[0].output).toContain('HANDBOOK_SITE が設定されていません');

    const single = inject('fixtureDist');
    expect(files(dist)).toEqual(files(single));
    expect(treeDigest(dist)).toBe(treeDigest(single));
    // Nothing of either build is left beside it: no staging folder, no lock.
    expect(readdirSync(dirname(dist)).sort()).toEqual([
      '.dist-cache-dist',
      '.dist-pages-dist.json',
      '.dist-replaced-dist',
      'dist',
    ]);
    rmSync(dirname(dist), { recursive: true, force: true });
  });
});
