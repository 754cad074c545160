import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { lockFolder } from '../../scripts/build/lock';
import { buildSite, fixtureCopy, startBuild, type BuildResult } from '../support/build-site';
import { treeDigest } from '../support/tree-digest';

/** The search index is compared by its own tests; here, the pages. */
const PAGES = { except: /^pagefind\// };

const handbook = fixtureCopy('rebuild');
const folder = dirname(handbook);
const content = join(handbook, 'content');
const dist = join(folder, 'site', 'dist');
const options = { content, publicDir: join(handbook, 'public'), dist };
const rendered = (result: BuildResult) => Number(/(\d+) page\(s\) built/.exec(result.output)?.[1]);
const kept = (result: BuildResult) =>
  Number(/変更のない(\d+)ページは前回のサイトから引き継ぎました/.exec(result.output)?.[1] ?? 0);

const WAITED = /別のビルド（pid \d+、.*開始）が .*dist を使っています。終わるのを待ってから始めます/;
const files = (root: string) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => !PAGES.except.test(file))
    .sort();

const read = (file: string) => readFileSync(join(content, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(content, file), text);
const page = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');

// The copy starts as the fixture with four changes, which the rebuilds take back: a line added
// to a report's body, a name other pages show, a report added and a guide removed. The last
// rebuild is of the fixture itself, which the global setup built cold from a copy like this one
// (fixtureDist): the two sites must be the same, byte for byte.
const REPORT = 'reports/jinzai-open-space-2026.md';
const PROFILE = 'facilitators/sasaki-jun.mdx';
const ADDED = 'reports/jinzai-open-space-2026-aki.md';
const GUIDE = 'guides/sponsor-zukuri.mdx';
const original = { report: read(REPORT), profile: read(PROFILE), guide: read(GUIDE) };
write(REPORT, `${original.report}\n追記: 模造紙の写真を共有フォルダに置きました。\n`);
write(PROFILE, original.profile.replace(/^name: .*$/m, 'name: 佐々木 潤一'));
write(ADDED, original.report.replace(/^title: .*$/m, 'title: 秋のオープン・スペース'));
rmSync(join(content, GUIDE));

/**
 * Builds in a row on one copy of the fixture: a cold one that waits for the dist folder while
 * another holds it, a rebuild after a body changed, one whose indexing step fails, and a rebuild
 * after fields changed and entries came and went, which must give what a cold build gives.
 */
describe('a rebuild renders only what changed, and gives the site a cold build gives; builds wait their turn', () => {
  let first: BuildResult;
  let afterBody: string;

  it('waits while another build holds the dist folder, then builds the whole site', async () => {
    mkdirSync(dirname(dist), { recursive: true });
    const other = await lockFolder(dist);
    let output = '';
    first = await startBuild({
      ...options,
      onOutput: (text) => {
        output += text;
        if (WAITED.test(output)) other.release();
      },
    });
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(WAITED);
    expect(kept(first)).toBe(0);
    // A build to publish without HANDBOOK_SITE says where its links would point.
    expect(first.output).toContain('HANDBOOK_SITE が設定されていません');
    expect(page('reports/jinzai-open-space-2026')).toContain('模造紙の写真');
    expect(page('reports/jinzai-open-space-2026')).toContain('佐々木 潤一');
    expect(page('reports/jinzai-open-space-2026-aki')).toContain('秋のオープン・スペース');
    expect(existsSync(join(dist, 'guides/sponsor-zukuri/index.html'))).toBe(false);
  });

  it('after a change to one report body, renders that report and the lists, and keeps the rest', () => {
    write(REPORT, original.report);
    const rebuilt = buildSite(options);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(kept(rebuilt)).toBeGreaterThan(rendered(rebuilt));
    expect(rendered(rebuilt)).toBeLessThan(rendered(first) / 2);
    expect(page('reports/jinzai-open-space-2026')).not.toContain('模造紙の写真');
    afterBody = treeDigest(dist, PAGES);
  });

  it('stops when its indexing step fails, with the reason, and leaves the last good site byte for byte', () => {
    const before = treeDigest(dist);
    const failed = buildSite({
      ...options,
      env: { PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind_extended' },
    });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('検索インデックスを作れませんでした');
    expect(failed.output).toContain('前回のまま');
    expect(treeDigest(dist)).toBe(before);
  });

  it('after a field other pages show changes and entries come and go, has exactly the pages a cold build has', () => {
    write(PROFILE, original.profile);
    rmSync(join(content, ADDED));
    write(GUIDE, original.guide);
    const rebuilt = buildSite(options);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(rendered(rebuilt)).toBeGreaterThan(0);
    const cold = inject('fixtureDist');
    expect(files(dist)).toEqual(files(cold));
    expect(treeDigest(dist, PAGES)).toBe(treeDigest(cold, PAGES));
    expect(page('reports/jinzai-open-space-2026')).not.toContain('佐々木 潤一');
    expect(existsSync(join(dist, 'reports/jinzai-open-space-2026-aki/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'guides/sponsor-zukuri/index.html'))).toBe(true);
  });

  it('keeps only the site the last build replaced beside dist/, and nothing of the builds before', () => {
    const replaced = join(folder, 'site', '.dist-replaced-dist');
    // The site of the last good build before (the failed one replaced nothing): it had the report the last rebuild removed.
    expect(existsSync(join(replaced, 'reports/jinzai-open-space-2026-aki/index.html'))).toBe(true);
    expect(treeDigest(replaced, PAGES)).toBe(afterBody);
    expect(readdirSync(join(folder, 'site')).sort()).toEqual([
      '.dist-cache-dist',
      '.dist-pages-dist.json',
      '.dist-replaced-dist',
      'dist',
    ]);
  });
});
