import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeSearchIndex } from '../../scripts/lib/search-index';
import { searchRecord, type SearchType } from '../../src/domain/search/search-record';
import { withoutWordBoundaries } from '../../src/domain/search/word-boundaries';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { loadHandbook } from '../../src/source/load-handbook';
import { launchBrowser, loadPagefind } from '../support/browser';
import { startBuild, FIXTURE, FIXTURE_TODAY } from '../support/build-site';
import { page as builtPage } from '../support/html';
import { brokenLinks } from '../support/links';
import { serveStatic, type StaticServer } from '../support/static-server';
import { treeDigest } from '../support/tree-digest';

const dist = inject('fixtureDist');
const baseDist = inject('fixtureBaseDist');
const { handbook } = loadHandbook({
  contentDir: join(FIXTURE, 'content'),
  publicDir: join(FIXTURE, 'public'),
  today: FIXTURE_TODAY,
});

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

/** The shard folders of a site's index, in merge order, as `pagefind/shards.json` lists them. */
function shards(site: string): { name: string; pages: number }[] {
  return (
    JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')) as {
      shards: { name: string; pages: number }[];
    }
  ).shards;
}

/** The pages as Pagefind stored them, in every shard: gzip, a 12-byte `pagefind_dcd` signature, then JSON. */
function fragments(site: string): Fragment[] {
  return shards(site).flatMap(({ name }) => {
    const folder = join(site, 'pagefind', name, 'fragment');
    return readdirSync(folder).map((file) => {
      const bytes = gunzipSync(readFileSync(join(folder, file)));
      expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
      return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
    });
  });
}

/** A copy of the built fixture to index again, its own index removed. */
function siteCopy(): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'handbook-index-')), 'dist');
  cpSync(dist, copy, { recursive: true, filter: (source) => !source.startsWith(join(dist, 'pagefind')) });
  return copy;
}

/**
 * A build whose Pagefind cannot start, into a copy of the last good site: started as the file
 * loads, so that it runs while the browser tests below run.
 */
const failingIndexBuild = (async () => {
  const last = join(mkdtempSync(join(tmpdir(), 'handbook-last-good-')), 'dist');
  cpSync(dist, last, { recursive: true });
  const before = treeDigest(last);
  const result = await startBuild({
    dist: last,
    env: { PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind_extended' },
  });
  return { last, before, result };
})();

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
  it('is Japanese shards of exactly the entry pages, each page once, lists and other pages left out', () => {
    for (const { name } of shards(dist)) {
      const entry = JSON.parse(readFileSync(join(dist, 'pagefind', name, 'pagefind-entry.json'), 'utf8'));
      // jpn: Japanese, its words split before Pagefind reads the pages (src/domain/search/segment-page.ts).
      expect(Object.keys(entry.languages)).toEqual(['jpn']);
    }
    const urls = fragments(dist)
      .map((f) => f.url)
      .sort();
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
    expect(goto.meta).toMatchObject({
      type: '世話人',
      title: '後藤 大地',
      department: '西部子ども福祉事務所',
    });
    expect(goto.filters).toEqual({
      type: ['世話人'],
      department: ['西部子ども福祉事務所', '子ども福祉部'],
      method: ['グラフィックレコーディング'],
    });
    expect(withoutWordBoundaries(goto.content)).toContain('ゴトウ ダイチ');
  });

  it('holds no contact details: no email address or extension in any page, and none is searchable', async () => {
    const contacts = handbook.facilitators
      .flatMap((f) => [f.contact?.email, f.contact?.extension])
      .filter((c): c is string => !!c);
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
      const urls = async (search: PagefindSearch) =>
        Promise.all(search.results.map(async (r) => (await r.data()).url));
      return {
        totals: await pagefind.filters(),
        kjPeople: await urls(
          await pagefind.search(null, {
            filters: { type: { any: ['世話人'] }, method: { any: ['KJ法'] } },
            sort: { order: 'asc' },
          }),
        ),
        openRequests: await urls(
          await pagefind.search(null, { filters: { status: { any: ['募集中'] } }, sort: { order: 'asc' } }),
        ),
      };
    });
    expect(totals.type).toEqual({
      世話人: 12,
      派遣依頼: 7,
      開催報告: 5,
      実践ガイド: 4,
      研修講座: 2,
      講座資料: 2,
    });
    expect(totals.status).toEqual({ 募集中: 2, 派遣決定: 2, 開催済み: 2, 中止: 1 });
    // ito-kenji, goto-daichi (西部子ども福祉事務所), yamamoto-takumi; 3 requests; 1 report.
    expect(totals.department['子ども福祉部']).toBe(7);
    expect(totals.method['KJ法']).toBe(7);
    expect(kjPeople).toEqual([
      '/facilitators/kato-yumi/',
      '/facilitators/matsui-sayaka/',
      '/facilitators/wakamatsu-nao/',
    ]);
    expect(openRequests).toEqual(['/requests/kiki-kanri-osm-2027-01/', '/requests/kosodate-gr-2026-12/']);
  });

  it('lists its shards in merge order, one per type on a small handbook, and nothing else is in the index folder', () => {
    const listed = shards(dist);
    expect(listed.map((shard) => shard.pages)).toEqual([12, 7, 5, 4, 2, 2]);
    expect(listed.every((shard) => /^[0-9a-f]{16}$/.test(shard.name))).toBe(true);
    expect(readdirSync(join(dist, 'pagefind')).sort()).toEqual(
      [...listed.map((shard) => shard.name), 'handbook-search.js', 'shards.json'].sort(),
    );
  });

  it.each([
    ['the root', dist, '/'],
    ['a base path', baseDist, '/handbook/'],
  ])('is where the search page loads it from, at %s, with every file it names', (_, site, base) => {
    const bundle = builtPage(site, '/search/').querySelector('[data-bundle]')!.getAttribute('data-bundle')!;
    expect(bundle).toBe(`${base}pagefind/`);
    const root = join(site, bundle.slice(base.length));
    expect(existsSync(join(root, 'handbook-search.js'))).toBe(true);
    for (const { name } of shards(site)) {
      const folder = join(root, name);
      const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { hash: string; wasm: string | null }>;
      };
      for (const { hash, wasm } of Object.values(entry.languages)) {
        expect(existsSync(join(folder, `pagefind.${hash}.pf_meta`))).toBe(true);
        expect(existsSync(join(folder, `wasm.${wasm ?? 'unknown'}.pagefind`))).toBe(true);
      }
      expect(existsSync(join(folder, 'pagefind.js'))).toBe(true);
    }
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

describe('a search index of many shards', () => {
  const index = buildHandbookIndex(handbook, '2026-11-22');
  const entries: [SearchType, string, { id: string }[]][] = [
    ['facilitator', 'facilitators', handbook.facilitators],
    ['request', 'requests', handbook.requests],
    ['report', 'reports', handbook.reports],
    ['guide', 'guides', handbook.guides],
    ['course', 'courses', handbook.courses],
    ['material', 'materials', handbook.materials],
  ];
  /** Every entry page's URL with its search record's order key. */
  const orderOf = new Map<string, string>(
    entries.flatMap(([type, folder, list]) =>
      list.map(({ id }) => [`/${folder}/${id}/`, searchRecord(index, type, id).order] as const),
    ),
  );

  /** The fixture indexed in shards of at most 3 pages: several shards per type. */
  let small: string;
  beforeAll(async () => {
    small = siteCopy();
    const written = await writeSearchIndex(small, { shardSize: 3 });
    expect(written).toMatchObject({ errors: [], pages: 32, reused: 0 });
    expect(written.shards).toBeGreaterThan(10);
  });

  it('lists entries by filters alone in the global order, across shards within a type too', async () => {
    const page = await pagefindPage(small, '/');
    const { everything, children } = await page.evaluate(async () => {
      const { pagefind } = window as unknown as { pagefind: Pagefind };
      const urls = async (search: PagefindSearch) =>
        Promise.all(search.results.map(async (r) => (await r.data()).url));
      return {
        everything: await urls(await pagefind.search(null, { sort: { order: 'asc' } })),
        children: await urls(
          await pagefind.search(null, {
            filters: { department: { any: ['子ども福祉部'] } },
            sort: { order: 'asc' },
          }),
        ),
      };
    });
    // Pagefind's order: its sort keys compared as Rust strings, by code point (these are all in the BMP).
    const globalOrder = (urls: string[]) => urls.map((url) => orderOf.get(url)!).sort();
    expect([...everything].sort()).toEqual([...orderOf.keys()].sort());
    expect(everything.map((url) => orderOf.get(url))).toEqual(globalOrder(everything));
    expect(children).toHaveLength(7);
    expect(children.map((url) => orderOf.get(url))).toEqual(globalOrder(children));
  });

  it('matches a query word over the whole site, not shard by shard', async () => {
    // A shard without a word that starts with わか, 自主 … would match a shorter one or leave the word out.
    const cases: [string, string[]][] = [
      ['わかま', ['/facilitators/wakamatsu-nao/']],
      ['あおき', ['/facilitators/aoki-miho/']],
      ['自主勉強会', ['/reports/wakate-osm-2026/']],
    ];
    for (const site of [dist, small]) {
      const page = await pagefindPage(site, '/');
      const found = await page.evaluate(
        async (queries) => {
          const { pagefind } = window as unknown as { pagefind: Pagefind };
          return Promise.all(
            queries.map(async (query) =>
              Promise.all((await pagefind.search(query)).results.map(async (r) => (await r.data()).url)),
            ),
          );
        },
        cases.map(([query]) => query),
      );
      expect(found).toEqual(cases.map(([, urls]) => urls));
    }
  });

  it('reuses every shard of an unchanged site from the previous one, file for file', async () => {
    const previous = siteCopy();
    const first = await writeSearchIndex(previous, { shardSize: 3 });
    const site = siteCopy();
    const again = await writeSearchIndex(site, { previous, shardSize: 3 });
    expect(again).toEqual({ ...first, reused: first.shards });
    expect(treeDigest(join(site, 'pagefind'))).toBe(treeDigest(join(previous, 'pagefind')));
  });

  it('indexes again only the shard of the one page that changed', async () => {
    const previous = siteCopy();
    await writeSearchIndex(previous, { shardSize: 3 });
    const site = siteCopy();
    const changed = join(site, 'reports/somu-gr-2026/index.html');
    writeFileSync(
      changed,
      readFileSync(changed, 'utf8').replace('</article>', '<p>追記: 次回は3月に開きます。</p></article>'),
    );
    const written = await writeSearchIndex(site, { previous, shardSize: 3 });
    expect(written).toMatchObject({ errors: [], pages: 32, reused: written.shards - 1 });
    const before = shards(previous).map((shard) => shard.name);
    const after = shards(site).map((shard) => shard.name);
    const renamed = after.filter((name, i) => name !== before[i]);
    expect(renamed).toHaveLength(1);
    const fragment = fragments(site).find((f) => f.url === '/reports/somu-gr-2026/')!;
    expect(withoutWordBoundaries(fragment.content)).toContain('次回は3月に開きます');
  });

  it('reuses nothing made by another Pagefind binary: a missing one fails even on an unchanged site', async () => {
    const site = siteCopy();
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = '/nonexistent/pagefind_extended';
    try {
      const written = await writeSearchIndex(site, { previous: dist });
      expect(written.errors).not.toEqual([]);
      expect(written.reused).toBe(0);
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
  });
});

describe('a build whose indexing step fails', () => {
  it('stops with the reason and leaves the last good site byte for byte', async () => {
    const { last, before, result } = await failingIndexBuild;
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('検索インデックスを作れませんでした');
    expect(result.output).toContain('前回のまま');
    expect(treeDigest(last)).toBe(before);
  });
});
