import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, FIXTURE, type BuildResult } from '../support/build-site';
import { treeDigest } from '../support/tree-digest';

/** The search index is compared by its own tests; here, the pages. */
const PAGES = { except: /^pagefind\// };

const folder = mkdtempSync(join(tmpdir(), 'handbook-rebuild-'));
const handbook = join(folder, 'handbook');
cpSync(FIXTURE, handbook, { recursive: true });
const content = join(handbook, 'content');
const build = (dist: string) => buildSite({ content, publicDir: join(handbook, 'public'), dist });
const rendered = (result: BuildResult) => Number(/(\d+) page\(s\) built/.exec(result.output)?.[1]);
const kept = (result: BuildResult) =>
  Number(/変更のない(\d+)ページは前回のサイトから引き継ぎました/.exec(result.output)?.[1] ?? 0);

function change(file: string, edit: (text: string) => string) {
  const path = join(content, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

/** Rebuilds the kept site after a change, and builds the same content from nothing beside it. */
function rebuildAndCompare(dist: string) {
  const rebuilt = build(dist);
  expect(rebuilt.status, rebuilt.output).toBe(0);
  const cold = join(mkdtempSync(join(tmpdir(), 'handbook-cold-')), 'dist');
  const fresh = build(cold);
  expect(fresh.status, fresh.output).toBe(0);
  expect(treeDigest(dist, PAGES)).toBe(treeDigest(cold, PAGES));
  rmSync(cold, { recursive: true, force: true });
  return rebuilt;
}

describe('a rebuild renders only what changed, and gives the site a cold build gives', () => {
  const dist = join(folder, 'site', 'dist');
  let first: BuildResult;

  it('a first build renders every page', () => {
    first = build(dist);
    expect(first.status, first.output).toBe(0);
    expect(kept(first)).toBe(0);
  });

  it('after a change to one report body, renders that report and the lists, and keeps the rest', () => {
    change(
      'reports/jinzai-open-space-2026.md',
      (text) => `${text}\n追記: 模造紙の写真を共有フォルダに置きました。\n`,
    );
    const rebuilt = rebuildAndCompare(dist);
    expect(kept(rebuilt)).toBeGreaterThan(rendered(rebuilt));
    expect(rendered(rebuilt)).toBeLessThan(rendered(first) / 2);
    expect(readFileSync(join(dist, 'reports/jinzai-open-space-2026/index.html'), 'utf8')).toContain(
      '模造紙の写真',
    );
  });

  it('after a change to a field other pages show, renders the pages that show it', () => {
    change('facilitators/sasaki-jun.mdx', (text) => text.replace(/^name: .*$/m, 'name: 佐々木 潤一'));
    const rebuilt = rebuildAndCompare(dist);
    expect(readFileSync(join(dist, 'reports/jinzai-open-space-2026/index.html'), 'utf8')).toContain(
      '佐々木 潤一',
    );
    expect(rendered(rebuilt)).toBeGreaterThan(0);
  });

  it('after an entry is added and another removed, has exactly the new set of pages', () => {
    const report = readFileSync(join(content, 'reports/jinzai-open-space-2026.md'), 'utf8');
    writeFileSync(
      join(content, 'reports/jinzai-open-space-2026-aki.md'),
      report.replace(/^title: .*$/m, 'title: 秋のオープン・スペース'),
    );
    rmSync(join(content, 'guides/sponsor-zukuri.mdx'));
    rebuildAndCompare(dist);
    expect(readFileSync(join(dist, 'reports/jinzai-open-space-2026-aki/index.html'), 'utf8')).toContain(
      '秋のオープン・スペース',
    );
  });

  it('keeps only the site the last build replaced beside dist/, and nothing of the builds before', () => {
    const replaced = join(folder, 'site', '.dist-replaced-dist');
    // The site before the last rebuild: it had the guide that rebuild removed.
    expect(existsSync(join(replaced, 'guides/sponsor-zukuri/index.html'))).toBe(true);
    expect(readdirSync(join(folder, 'site')).sort()).toEqual([
      '.dist-cache-dist',
      '.dist-pages-dist.json',
      '.dist-replaced-dist',
      'dist',
    ]);
    const rebuilt = build(dist);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(existsSync(join(replaced, 'guides/sponsor-zukuri/index.html'))).toBe(false);
    expect(treeDigest(replaced, PAGES)).toBe(treeDigest(dist, PAGES));
  });
});
