import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, FIXTURE } from '../support/build-site';
import { treeDigest } from '../support/tree-digest';

describe('a build with bad content', () => {
  it('fails with the file, line and field, and leaves the last good site byte for byte', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'handbook-last-good-')), 'dist');
    cpSync(inject('fixtureDist'), dist, { recursive: true });
    const before = treeDigest(dist);

    const broken = mkdtempSync(join(tmpdir(), 'handbook-broken-'));
    cpSync(FIXTURE, broken, { recursive: true });
    const file = join(broken, 'content/facilitators/aoki-miho.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('department:', 'deparment:'));

    const result = buildSite({ content: join(broken, 'content'), publicDir: join(broken, 'public'), dist });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/facilitators\/aoki-miho\.mdx:\d+: エラー: deparment: .*もしかして: department/,
    );
    expect(result.output).toContain('前回のまま');
    expect(treeDigest(dist)).toBe(before);
  });
});
