import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage } from '../../src/search/build/read-page';
import { BODY_END, INDEX_LANGUAGE, SENTENCE, showText, TEXT_META } from '../../src/search/document';
import { SUGGESTIONS_FILE, type Suggestion } from '../../src/search/terms';
import { kanaKey, queryWords, segments } from '../../src/search/words';
import { loadHandbook } from '../../src/source/load-handbook';
import { launchBrowser, loadPagefind, openTab, type Tab } from '../support/browser';
import { FIXTURE, FIXTURE_TODAY } from '../support/build-site';
import { page as builtPage } from '../support/html';
import { brokenLinks } from '../support/links';
import { searchAllOnPage, searchOnPage } from '../support/search-page';
import { serveStatic, type StaticServer } from '../support/static-server';

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

const PAGEFIND_FORMAT =
  'Pagefind wrote its files differently (src/search/README.md: what we rely on); check the pinned version in package.json';

/** The pages as Pagefind stored them: gzip, a 12-byte `pagefind_dcd` signature, then JSON. */
function fragments(site: string): Fragment[] {
  const folder = join(site, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const bytes = gunzipSync(readFileSync(join(folder, file)));
    expect(bytes.subarray(0, 12).toString(), PAGEFIND_FORMAT).toBe('pagefind_dcd');
    return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
  });
}

let browser: Browser;
const servers: StaticServer[] = [];

let tab: Tab;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openTab(browser);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(site: string, base = '/'): Promise<string> {
  const server = await serveStatic(site, base);
  servers.push(server);
  return server.url;
}

/** A page of the site in Chromium with Pagefind's JS API loaded as `window.pagefind`. */
async function pagefindPage(site: string, base: string): Promise<Page> {
  const page = await tab.open(await serve(site, base));
  await loadPagefind(page, base);
  return page;
}

/** The search page of a site, open in Chromium. */
async function searchPage(site: string, base = '/'): Promise<Page> {
  return tab.open(`${await serve(site, base)}search/`);
}

const entryUrls = () =>
  [
    ...handbook.facilitators.map((f) => `/facilitators/${f.id}/`),
    ...handbook.requests.map((r) => `/requests/${r.id}/`),
    ...handbook.reports.map((r) => `/reports/${r.id}/`),
    ...handbook.guides.map((g) => `/guides/${g.id}/`),
    ...handbook.courses.map((c) => `/courses/${c.id}/`),
    ...handbook.materials.map((m) => `/materials/${m.id}/`),
  ].sort();

describe('the search index', () => {
  it('is one Pagefind index of exactly the entry pages, each page once', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages, PAGEFIND_FORMAT).toEqual({
      [INDEX_LANGUAGE]: expect.objectContaining({ page_count: 32 }),
    });
    expect(
      fragments(dist)
        .map((f) => f.url)
        .sort(),
    ).toEqual(entryUrls());
  });

  it('gives each page its type, title, department and body sentences; a reading only among its words', () => {
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
    const body = readPage(readFileSync(join(dist, 'facilitators/goto-daichi/index.html'), 'utf8'))!.body.join(
      '',
    );
    expect(showText(goto.meta[TEXT_META]).split(SENTENCE).join('')).toBe(body);
    expect(showText(goto.meta[TEXT_META])).not.toMatch(/ごとう|ゴトウ|所属/);
    expect(goto.content.split(/\s+/)).toEqual(expect.arrayContaining(['ごとう', 'gotou', 'goto']));
  });

  it('holds no contact details: no email address or extension in any page', () => {
    const contacts = handbook.facilitators
      .flatMap((f) => [f.contact?.email, f.contact?.extension])
      .filter((c): c is string => !!c);
    expect(contacts).toHaveLength(24);
    const stored = JSON.stringify(fragments(dist));
    for (const contact of contacts) expect(stored).not.toContain(contact);
    expect(stored).not.toContain('pref.sakura.example');
    expect(stored).not.toContain('prefsakuraexample');
  });

  it('never shows a contact detail: an address finds nothing, an extension no page that shows it', async () => {
    const page = await searchPage(dist);
    const contacts = handbook.facilitators.map((f) => f.contact!);
    const drawn = await searchAllOnPage(
      page,
      contacts.flatMap((contact) => [contact.email!, contact.extension!]),
    );
    contacts.forEach((contact, i) => {
      expect(drawn[2 * i].urls, contact.email).toEqual([]);
      expect(drawn[2 * i + 1].excerpts.join(' ')).not.toContain(contact.extension!);
    });
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
    expect(totals.department['子ども福祉部']).toBe(7);
    expect(totals.method['KJ法']).toBe(7);
    expect(kjPeople).toEqual([
      '/facilitators/kato-yumi/',
      '/facilitators/matsui-sayaka/',
      '/facilitators/wakamatsu-nao/',
    ]);
    expect(openRequests).toEqual(['/requests/kiki-kanri-osm-2027-01/', '/requests/kosodate-gr-2026-12/']);
  });

  it('offers もしかして from methods, people, synonyms and themes, each with its reading keys', () => {
    const suggestions = JSON.parse(
      readFileSync(join(dist, 'pagefind', SUGGESTIONS_FILE), 'utf8'),
    ) as Suggestion[];
    expect(suggestions).toContainEqual(
      expect.objectContaining({ label: 'グラレコ', url: 'methods/graphic-recording/' }),
    );
    expect(suggestions).toContainEqual(
      expect.objectContaining({
        label: '若松 奈央',
        url: 'facilitators/wakamatsu-nao/',
        keys: ['わかまつなお'],
      }),
    );
    expect(suggestions.find((s) => s.label === '合意形成')?.keys).toContain('ごういけいせい');
  });

  it.each([
    ['the root', dist, '/'],
    ['a base path', baseDist, '/handbook/'],
  ])('is where the search page loads it from, at %s, with every file it names', (_, site, base) => {
    const bundle = builtPage(site, '/search/').querySelector('[data-bundle]')!.getAttribute('data-bundle')!;
    expect(bundle).toBe(`${base}pagefind/`);
    const root = join(site, bundle.slice(base.length));
    const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    for (const { hash, wasm } of Object.values(entry.languages)) {
      expect(existsSync(join(root, `pagefind.${hash}.pf_meta`)), PAGEFIND_FORMAT).toBe(true);
      expect(existsSync(join(root, `wasm.${wasm ?? 'unknown'}.pagefind`)), PAGEFIND_FORMAT).toBe(true);
    }
    expect(existsSync(join(root, 'pagefind.js'))).toBe(true);
    // What the page fetches as it loads (SearchPanel.astro), before Pagefind asks for it.
    const preloads = builtPage(site, '/search/')
      .querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')
      .map((link) => link.getAttribute('href')!);
    expect(preloads).toEqual([`${base}pagefind/pagefind.js`, `${base}pagefind/wasm.unknown.pagefind`]);
    for (const href of preloads)
      expect(existsSync(join(site, href.slice(base.length))), PAGEFIND_FORMAT).toBe(true);
    const { broken } = brokenLinks(site, base);
    expect(broken.filter((link) => link.page === '/search/')).toEqual([]);
  });

  it('works under a base path: results link inside it', async () => {
    const page = await searchPage(baseDist, '/handbook/');
    expect((await searchOnPage(page, 'わかまつ')).urls[0]).toBe('/handbook/facilitators/wakamatsu-nao/');
  });
});

describe('what the search relies on in Pagefind and the browser (src/search/README.md)', () => {
  /** Words as the index holds them: a kana key ICU would split, a reading, a Latin word, a kanji run. */
  const WHOLE_WORDS = ['ぐらふくれこでんぐ', 'わかまつ', 'kj', '防災訓練'];

  it(`runs the pinned Pagefind`, () => {
    const pinned = (
      JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }
    ).dependencies.pagefind;
    const installed = (
      JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }
    ).version;
    expect(pinned, 'pagefind must be pinned to an exact version in package.json').toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed, 'the installed Pagefind is not the pinned one: run npm install').toBe(pinned);
  });

  it('keeps our index words as they are, in order, SENTENCE and BODY_END among them', () => {
    const aoki = fragments(dist).find((f) => f.url === '/facilitators/aoki-miho/')!;
    const words = aoki.content.split(/\s+/);
    expect(words, PAGEFIND_FORMAT).toContain(SENTENCE);
    expect(
      words.some((word) => word.startsWith(BODY_END)),
      PAGEFIND_FORMAT,
    ).toBe(true);
  });

  it('looks each of our words up whole, and a match lands on that word among the page’s words', async () => {
    const page = await searchPage(dist);
    await searchOnPage(page, '防災');
    // A Pagefind instance made as search-client.ts makes it: while the page says the index's language.
    // Passed as text: Vitest would rewrite an import() inside a function before it reaches the browser.
    const checks = await page.evaluate<{ url: string; matched: string[] }[][]>(`(async (words) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const root = document.documentElement;
      root.lang = ${JSON.stringify(INDEX_LANGUAGE)};
      const instance = pagefind.createInstance({ basePath: '/pagefind/', noWorker: true });
      root.lang = 'ja';
      // One at a time: Pagefind shares a page's data between searches running together.
      const all = [];
      for (const word of words) {
        const found = await instance.search(word);
        const data = await Promise.all(found.results.map((r) => r.data()));
        all.push(data.map((d) => ({
          url: d.url,
          matched: d.locations.map((l) => d.content.split(/\\s+/)[l].replace(/\\.$/, '')),
        })));
      }
      return all;
    })(${JSON.stringify(WHOLE_WORDS)})`);
    const message =
      'Pagefind split our words again or counts word places differently (its query splitting changed)';
    expect(checks[0].length, message).toBeGreaterThan(5);
    for (const [i, word] of WHOLE_WORDS.entries())
      for (const { matched } of checks[i])
        for (const found of matched) expect(found.toLowerCase().startsWith(word), message).toBe(true);
    expect(checks[1].map((c) => c.url)).toEqual(['/facilitators/wakamatsu-nao/']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
  });

  it('counts the matches of a filter only in an instance that has loaded it (invariant 11)', async () => {
    const page = await searchPage(dist);
    const [finder, counter] = await page.evaluate<[string[], Record<string, number>]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const start = () => pagefind.createInstance({ basePath: '/pagefind/', noWorker: true });
      // As search-client.ts makes them: the counter once the finder has loaded the WebAssembly
      // module they share (two loading it at once leave the finder's index in a replaced memory,
      // where it counted the counter's filters).
      const finder = start();
      await finder.preload('', {});
      const counter = start();
      await counter.filters();
      const found = await finder.search('防災');
      return [Object.keys(found.totalFilters), (await counter.search('防災')).totalFilters.type];
    })()`);
    expect(
      finder,
      'Pagefind counts filters it has not loaded: finding costs what counting does again',
    ).toEqual([]);
    expect(
      Object.values(counter).reduce((a, b) => a + b, 0),
      'Pagefind no longer counts the matches of the filters it has loaded',
    ).toBeGreaterThan(3);
  });

  it('makes no words of the body’s sentences kept in the meta field (hideText)', () => {
    // Pagefind indexes every meta field's words: a sentence up to its first space would be one.
    const folder = join(dist, 'pagefind', 'index');
    const index = readdirSync(folder)
      .map((file) =>
        gunzipSync(readFileSync(join(folder, file)))
          .subarray(12)
          .toString('utf8'),
      )
      .join('');
    const sentences = fragments(dist).flatMap((f) => showText(f.meta[TEXT_META]).split(SENTENCE));
    const long = sentences.map((s) => s.replace(/[^\p{L}\p{N}]/gu, '')).filter((s) => s.length >= 20);
    expect(long.length).toBeGreaterThan(100);
    expect(
      long.filter((s) => index.includes(s.slice(0, 20))),
      'the sentences of the text meta field became index words: Pagefind made words of them',
    ).toEqual([]);
  });

  it('holds our kana keys as we wrote them, not their endings too (kana keys are hiragana)', () => {
    // Pagefind 1.6 indexes every ending of a katakana word as one more word (レコデング within
    // グラフクレコデング), never of a hiragana one: endings were a third of the index's words.
    const folder = join(dist, 'pagefind', 'index');
    const index = Buffer.concat(
      readdirSync(folder).map((file) => gunzipSync(readFileSync(join(folder, file)))),
    );
    // An index word is a CBOR text string: its length in bytes (here 24 to 255) before it.
    const word = (text: string) => {
      const bytes = Buffer.from(text);
      return Buffer.concat([Buffer.from([0x78, bytes.length]), bytes]);
    };
    const key = kanaKey('グラフィックレコーディング');
    expect(key).toBe('ぐらふくれこでんぐ');
    expect(index.includes(word(key)), PAGEFIND_FORMAT).toBe(true);
    expect(
      index.includes(word(key.slice(1))),
      'Pagefind indexes the endings of hiragana words too: kana keys no longer spare the index',
    ).toBe(false);
  });

  it('splits text in Chromium as Node splits it (the same ICU word rules on both sides)', async () => {
    const texts = fragments(dist).flatMap((f) => showText(f.meta[TEXT_META]).split(SENTENCE));
    const { page } = tab;
    const inChromium = await page.evaluate((texts) => {
      const words = new Intl.Segmenter('ja', { granularity: 'word' });
      return texts.map((text) => [...words.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment));
    }, texts);
    const differ = texts.filter(
      (text, i) => JSON.stringify(segments(text)) !== JSON.stringify(inChromium[i]),
    );
    expect(
      differ,
      'Chromium’s Intl.Segmenter splits these sentences unlike Node’s: index and queries disagree',
    ).toEqual([]);
    expect(texts.length).toBeGreaterThan(100);
    expect(queryWords('防災訓練')).toEqual(['防災訓練']);
  });
});
