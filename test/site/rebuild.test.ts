import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { lockFolder } from '../../scripts/build/lock';
import { buildSite, fixtureCopy, startBuild, type BuildResult } from '../support/build-site';
import { treeDigest } from '../support/tree-digest';

/** The search index is compared by its own tests; here, the pages. */
const PAGES = { except: /^pagefind\// };

// The global setup's cold build of the fixture (fixtureDist, from a copy outside git like this
// one) is the last good site the rebuilds start from: its folder is copied with the state a
// build leaves beside dist/ (the cache and the page plan), as a second build on the same
// machine would find it.
const cold = inject('fixtureDist');
const handbook = fixtureCopy('rebuild');
const folder = dirname(handbook);
const content = join(handbook, 'content');
const dist = join(folder, 'site', 'dist');
cpSync(dirname(cold), dirname(dist), { recursive: true });
const options = { content, publicDir: join(handbook, 'public'), dist };

/** The pages Astro rendered, as it lists them (`├─ /reports/…/index.html (+12ms)`, or `(+1.20s)`). */
const rendered = (result: BuildResult) =>
  [...result.output.matchAll(/[├└]─ \/(\S+?)(?:index\.html)? \(\+[\d.]+m?s\)/g)].map((m) => m[1]);
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

// Four changes, which the last rebuild takes back: a line added to a report's body, then a name
// other pages show, a report added and a guide removed.
const REPORT = 'reports/jinzai-open-space-2026.md';
const PROFILE = 'facilitators/sasaki-jun.mdx';
const ADDED = 'reports/jinzai-open-space-2026-aki.md';
const GUIDE = 'guides/sponsor-zukuri.mdx';
const original = { report: read(REPORT), profile: read(PROFILE), guide: read(GUIDE) };

/**
 * Builds in a row on one copy of the fixture's last good site: one after a body changed, which
 * waits for the dist folder while another build holds it and whose indexing step then fails; a
 * rebuild after fields other pages show changed and entries came and went; and one that takes
 * all the changes back, which must give what a cold build gives.
 */
describe('a rebuild renders only what changed, and gives the site a cold build gives; builds wait their turn', () => {
  let second: string;

  it('waits while another build holds the dist folder, renders only the changed report and the lists, and leaves the last good site when its indexing step fails', async () => {
    write(REPORT, `${original.report}\n追記: 模造紙の写真を共有フォルダに置きました。\n`);
    const before = treeDigest(dist);
    const other = await lockFolder(dist);
    let output = '';
    const failed = await startBuild({
      ...options,
      env: { PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind_extended' },
      onOutput: (text) => {
        output += text;
        if (WAITED.test(output)) other.release();
      },
    });
    expect(failed.output).toMatch(WAITED);
    const pages = rendered(failed);
    expect(pages).toContain('reports/jinzai-open-space-2026/');
    expect(pages).toContain('reports/');
    // A page that shows nothing of the report (another report, a guide) is kept as it was.
    expect(pages).not.toContain('reports/somu-gr-2026/');
    expect(pages).not.toContain('guides/gr-kiroku-no-kotsu/');
    expect(pages.length).toBeLessThan(files(cold).filter((file) => file.endsWith('index.html')).length / 2);
    expect(kept(failed)).toBeGreaterThan(pages.length);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('検索インデックスを作れませんでした');
    expect(failed.output).toContain('前回のまま');
    expect(treeDigest(dist)).toBe(before);
  });

  it('after a field other pages show changes and entries come and go, shows the changes everywhere', () => {
    write(PROFILE, original.profile.replace(/^name: .*$/m, 'name: 佐々木 潤一'));
    write(ADDED, original.report.replace(/^title: .*$/m, 'title: 秋のオープン・スペース'));
    rmSync(join(content, GUIDE));
    const rebuilt = buildSite(options);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    // A build to publish without HANDBOOK_SITE says where its links would point.
    expect(rebuilt.output).toContain('HANDBOOK_SITE が設定されていません');
    expect(page('reports/jinzai-open-space-2026')).toContain('模造紙の写真');
    expect(page('reports/jinzai-open-space-2026')).toContain('佐々木 潤一');
    expect(page('reports/jinzai-open-space-2026-aki')).toContain('秋のオープン・スペース');
    expect(existsSync(join(dist, 'guides/sponsor-zukuri/index.html'))).toBe(false);
    second = treeDigest(dist, PAGES);
  });

  it('after all the changes are taken back, has exactly the pages a cold build has', () => {
    write(REPORT, original.report);
    write(PROFILE, original.profile);
    rmSync(join(content, ADDED));
    write(GUIDE, original.guide);
    const rebuilt = buildSite(options);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(rendered(rebuilt).length).toBeGreaterThan(0);
    expect(files(dist)).toEqual(files(cold));
    expect(treeDigest(dist, PAGES)).toBe(treeDigest(cold, PAGES));
    expect(page('reports/jinzai-open-space-2026')).not.toContain('佐々木 潤一');
    expect(existsSync(join(dist, 'reports/jinzai-open-space-2026-aki/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'guides/sponsor-zukuri/index.html'))).toBe(true);
  });

  it('keeps only the site the last build replaced beside dist/, and nothing of the builds before', () => {
    const replaced = join(folder, 'site', '.dist-replaced-dist');
    // The site of the build before: it had the report the last rebuild removed.
    expect(existsSync(join(replaced, 'reports/jinzai-open-space-2026-aki/index.html'))).toBe(true);
    expect(treeDigest(replaced, PAGES)).toBe(second);
    expect(readdirSync(join(folder, 'site')).sort()).toEqual([
      '.dist-cache-dist',
      '.dist-pages-dist.json',
      '.dist-replaced-dist',
      'dist',
    ]);
  });
});
