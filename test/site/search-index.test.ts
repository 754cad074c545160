import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadHandbook } from '../../src/source/load-handbook';
import { launchBrowser, loadPagefind } from '../support/browser';
import { buildSite, FIXTURE, FIXTURE_TODAY } from '../support/build-site';
import { page as builtPage } from '../support/html';
import { brokenLinks } from '../support/links';
import { serveStatic, type StaticServer } from '../support/static-server';
import { treeDigest } from '../support/tree-digest';

const dist = inject('fixtureDist');
const baseDist = inject('fixtureBaseDist');
const { handbook } = loadHandbook({ contentDir: join(FIXTURE, 'content'), publicDir: join(FIXTURE, 'public'), today: FIXTURE_TODAY });

interface PagefindSearch {
  results: { data(): Promise<{ url: string }> }[];
}
interface Pagefind {
  search(term: string | null, options?: object): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The pages as Pagefind stored them: gzip, a 12-byte `pagefind_dcd` signature, then JSON. */
function fragments(site: string): Fragment[] {
  const folder = join(site, 'pagefind/fragment');
  return readdirSync(folder).map((file) => {
    const bytes = gunzipSync(readFileSync(join(folder, file)));
    expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
  });
}

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** A page of the site in Chromium with Pagefind's JS API loaded as `window.pagefind`. */
async function pagefindPage(site: string, base: string): Promise<Page> {
  const server = await serveStatic(site, base);
  servers.push(server);
  const page = await browser.newPage();
  await page.goto(server.url);
  await loadPagefind(page, base);
  return page;
}

describe('the search index', () => {
  it('is one Japanese index of exactly the entry pages, lists and other pages left out', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['ja']);
    const urls = fragments(dist).map((f) => f.url).sort();
    const expected = [
      ...handbook.facilitators.map((f) => `/facilitators/${f.id}/`),
      ...handbook.requests.map((r) => `/requests/${r.id}/`),
      ...handbook.reports.map((r) => `/reports/${r.id}/`),
      ...handbook.guides.map((g) => `/guides/${g.id}/`),
      ...handbook.courses.map((c) => `/courses/${c.id}/`),
      ...handbook.materials.map((m) => `/materials/${m.id}/`),
    ].sort();
    expect(urls).toEqual(expected);
  });

  it('gives each page its type, title and department, and a person’s reading in katakana', () => {
    const goto = fragments(dist).find((f) => f.url === '/facilitators/goto-daichi/')!;
    expect(goto.meta).toMatchObject({ type: '世話人', title: '後藤 大地', department: '西部子ども福祉事務所' });
    expect(goto.filters).toEqual({ type: ['世話人'], department: ['西部子ども福祉事務所', '子ども福祉部'], method: ['グラフィックレコーディング'] });
    expect(goto.content.replaceAll('\u200b', '')).toContain('ゴトウ ダイチ');
  });

  it('holds no contact details: no email address or extension in any page, and none is searchable', async () => {
    const contacts = handbook.facilitators.flatMap((f) => [f.contact?.email, f.contact?.extension]).filter((c): c is string => !!c);
    expect(contacts).toHaveLength(24);
    const stored = JSON.stringify(fragments(dist));
    for (const contact of contacts) expect(stored).not.toContain(contact);
    expect(stored).not.toContain('pref.sakura.example');

    const page = await pagefindPage(dist, '/');
    const counts = await page.evaluate(async (contacts) => {
      const { pagefind } = window as unknown as { pagefind: Pagefind };
      const count = async (term: string) => (await pagefind.search(term)).results.length;
      return {
        // An exact ("quoted") search finds only words that are in the index.
        exact: await Promise.all(contacts.map((contact) => count(`"${contact}"`))),
        emails: await Promise.all(contacts.filter((c) => c.includes('@')).map(count)),
        control: await count('"防災"'),
      };
    }, contacts);
    expect(counts.control).toBeGreaterThan(0);
    expect(counts.exact.every((n) => n === 0)).toBe(true);
    expect(counts.emails.every((n) => n === 0)).toBe(true);
  });

  it('filters by type, department (a bureau includes its offices), method and request status', async () => {
    const page = await pagefindPage(dist, '/');
    const { totals, kjPeople, openRequests } = await page.evaluate(async () => {
      const { pagefind } = window as unknown as { pagefind: Pagefind };
      const urls = async (search: PagefindSearch) => Promise.all(search.results.map(async (r) => (await r.data()).url));
      return {
        totals: await pagefind.filters(),
        kjPeople: await urls(await pagefind.search(null, { filters: { type: { any: ['世話人'] }, method: { any: ['KJ法'] } }, sort: { order: 'asc' } })),
        openRequests: await urls(await pagefind.search(null, { filters: { status: { any: ['募集中'] } }, sort: { order: 'asc' } })),
      };
    });
    expect(totals.type).toEqual({ 世話人: 12, 派遣依頼: 7, 開催報告: 5, 実践ガイド: 4, 研修講座: 2, 講座資料: 2 });
    expect(totals.status).toEqual({ 募集中: 2, 派遣決定: 2, 開催済み: 2, 中止: 1 });
    // ito-kenji, goto-daichi (西部子ども福祉事務所), yamamoto-takumi; 3 requests; 1 report.
    expect(totals.department['子ども福祉部']).toBe(7);
    expect(totals.method['KJ法']).toBe(7);
    expect(kjPeople).toEqual(['/facilitators/kato-yumi/', '/facilitators/matsui-sayaka/', '/facilitators/wakamatsu-nao/']);
    expect(openRequests).toEqual(['/requests/kiki-kanri-osm-2027-01/', '/requests/kosodate-gr-2026-12/']);
  });

  it.each([['the root', dist, '/'], ['a base path', baseDist, '/handbook/']])('is where the search page loads it from, at %s, with every file it names', (_, site, base) => {
    const bundle = builtPage(site, '/search/').querySelector('[data-bundle]')!.getAttribute('data-bundle')!;
    expect(bundle).toBe(`${base}pagefind/`);
    const folder = join(site, bundle.slice(base.length));
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'));
    for (const { hash, wasm } of Object.values(entry.languages) as { hash: string; wasm: string | null }[]) {
      expect(existsSync(join(folder, `pagefind.${hash}.pf_meta`))).toBe(true);
      expect(existsSync(join(folder, `wasm.${wasm ?? 'unknown'}.pagefind`))).toBe(true);
    }
    expect(existsSync(join(folder, 'pagefind.js'))).toBe(true);
    const { broken } = brokenLinks(site, base);
    expect(broken.filter((link) => link.page === '/search/')).toEqual([]);
  });

  it('works under a base path: results link inside it', async () => {
    const page = await pagefindPage(baseDist, '/handbook/');
    const urls = await page.evaluate(async () => {
      const { pagefind } = window as unknown as { pagefind: Pagefind };
      const search = await pagefind.search('わかまつ');
      return Promise.all(search.results.map(async (r) => (await r.data()).url));
    });
    expect(urls[0]).toBe('/handbook/facilitators/wakamatsu-nao/');
  });
});

describe('a build whose indexing step fails', () => {
  it('stops with the reason and leaves the last good site byte for byte', () => {
    const last = join(mkdtempSync(join(tmpdir(), 'handbook-last-good-')), 'dist');
    cpSync(dist, last, { recursive: true });
    const before = treeDigest(last);
    const result = buildSite({ dist: last, env: { PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind_extended' } });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('検索インデックスを作れませんでした');
    expect(result.output).toContain('前回のまま');
    expect(treeDigest(last)).toBe(before);
  });
});
