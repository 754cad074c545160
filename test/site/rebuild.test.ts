import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, FIXTURE, startBuild, type BuildResult } from '../support/build-site';
import { treeDigest } from '../support/tree-digest';

/** The search index is compared by its own tests; here, the pages. */
const PAGES = { except: /^pagefind\// };

const folder = mkdtempSync(join(tmpdir(), 'handbook-rebuild-'));
const handbook = join(folder, 'handbook');
cpSync(FIXTURE, handbook, { recursive: true });
const content = join(handbook, 'content');
const options = (dist: string) => ({ content, publicDir: join(handbook, 'public'), dist });
const rendered = (result: BuildResult) => Number(/(\d+) page\(s\) built/.exec(result.output)?.[1]);
const kept = (result: BuildResult) =>
  Number(/変更のない(\d+)ページは前回のサイトから引き継ぎました/.exec(result.output)?.[1] ?? 0);

const WAITED = /別のビルド（pid \d+、.*開始）が .*dist を使っています。終わるのを待ってから始めます/;
const files = (root: string) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => !PAGES.except.test(file))
    .sort();

function change(file: string, edit: (text: string) => string) {
  const path = join(content, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

/**
 * Builds in a row on one copy of the fixture: two started at once (a cold one, and one that waits
 * for it and rebuilds), a rebuild after a body changed, and a rebuild after fields changed and
 * entries came and went, which a cold build of the same content, run beside it, must match byte
 * for byte.
 */
describe('a rebuild renders only what changed, and gives the site a cold build gives; builds at once wait their turn', () => {
  const dist = join(folder, 'site', 'dist');
  let first: BuildResult;
  let afterBody: string;

  it('two builds started at once leave one complete site, the second having waited for the first', async () => {
    const results = await Promise.all([startBuild(options(dist)), startBuild(options(dist))]);
    for (const result of results) expect(result.status, result.output).toBe(0);
    const waited = results.filter((result) => WAITED.test(result.output));
    expect(waited).toHaveLength(1);
    first = results.find((result) => !WAITED.test(result.output))!;
    expect(kept(first)).toBe(0);
    // The second rebuilt what the first left, with nothing changed: every entry page kept.
    expect(kept(waited[0])).toBeGreaterThan(rendered(waited[0]));
    // A build to publish without HANDBOOK_SITE says where its links would point.
    expect(first.output).toContain('HANDBOOK_SITE が設定されていません');
    // Every file the fixture's own build has (the index aside: its files are named by content).
    expect(files(dist)).toEqual(files(inject('fixtureDist')));
  });

  it('after a change to one report body, renders that report and the lists, and keeps the rest', () => {
    change(
      'reports/jinzai-open-space-2026.md',
      (text) => `${text}\n追記: 模造紙の写真を共有フォルダに置きました。\n`,
    );
    const rebuilt = buildSite(options(dist));
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(kept(rebuilt)).toBeGreaterThan(rendered(rebuilt));
    expect(rendered(rebuilt)).toBeLessThan(rendered(first) / 2);
    expect(readFileSync(join(dist, 'reports/jinzai-open-space-2026/index.html'), 'utf8')).toContain(
      '模造紙の写真',
    );
    afterBody = treeDigest(dist, PAGES);
  });

  it('after a field other pages show changes and entries come and go, has exactly the pages a cold build has', async () => {
    change('facilitators/sasaki-jun.mdx', (text) => text.replace(/^name: .*$/m, 'name: 佐々木 潤一'));
    const report = readFileSync(join(content, 'reports/jinzai-open-space-2026.md'), 'utf8');
    writeFileSync(
      join(content, 'reports/jinzai-open-space-2026-aki.md'),
      report.replace(/^title: .*$/m, 'title: 秋のオープン・スペース'),
    );
    rmSync(join(content, 'guides/sponsor-zukuri.mdx'));

    const cold = join(mkdtempSync(join(tmpdir(), 'handbook-cold-')), 'dist');
    const [rebuilt, fresh] = await Promise.all([startBuild(options(dist)), startBuild(options(cold))]);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(fresh.status, fresh.output).toBe(0);
    expect(rendered(rebuilt)).toBeGreaterThan(0);
    expect(treeDigest(dist, PAGES)).toBe(treeDigest(cold, PAGES));
    rmSync(join(cold, '..'), { recursive: true, force: true });

    expect(readFileSync(join(dist, 'reports/jinzai-open-space-2026/index.html'), 'utf8')).toContain(
      '佐々木 潤一',
    );
    expect(readFileSync(join(dist, 'reports/jinzai-open-space-2026-aki/index.html'), 'utf8')).toContain(
      '秋のオープン・スペース',
    );
    expect(existsSync(join(dist, 'guides/sponsor-zukuri/index.html'))).toBe(false);
  });

  it('keeps only the site the last build replaced beside dist/, and nothing of the builds before', () => {
    const replaced = join(folder, 'site', '.dist-replaced-dist');
    // The site of the rebuild before: it had the guide the last rebuild removed.
    expect(existsSync(join(replaced, 'guides/sponsor-zukuri/index.html'))).toBe(true);
    expect(treeDigest(replaced, PAGES)).toBe(afterBody);
    expect(readdirSync(join(folder, 'site')).sort()).toEqual([
      '.dist-cache-dist',
      '.dist-pages-dist.json',
      '.dist-replaced-dist',
      'dist',
    ]);
  });
});
