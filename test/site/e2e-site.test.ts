import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTab, type Tab } from '../support/browser';
import { searchAnswered } from '../support/search-page';
import { serveStatic, type StaticServer } from '../support/static-server';

// The built fixture handbook in Chromium, as staff use it: links, search, printing.
let browser: Browser;
let site: StaticServer;
let siteUnderBase: StaticServer;
/** The tab every test takes its pages in; each test must end without an error in it. */
let tab: Tab;

beforeAll(async () => {
  [browser, site, siteUnderBase] = await Promise.all([
    launchBrowser(),
    serveStatic(inject('fixtureDist')),
    serveStatic(inject('fixtureBaseDist'), '/handbook/'),
  ]);
  tab = await openTab(browser);
  tab.page.on(
    'response',
    (response) => response.status() >= 400 && tab.errors.push(`${response.status()} ${response.url()}`),
  );
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), siteUnderBase?.close()]);
});

afterEach(() => {
  expect(tab.errors.splice(0)).toEqual([]);
});

const open = (url: string) => tab.open(url);

const heading = (page: Page) => page.locator('h1').innerText();
const path = (page: Page) => decodeURIComponent(new URL(page.url()).pathname);
const inMain = (page: Page, name: string) =>
  page.locator('main').getByRole('link', { name, exact: true }).first();
const resultTitles = (page: Page) => page.locator('#search-results h3').allInnerTexts();

describe('following links from the home page', () => {
  it.each([
    ['世話人', '世話人一覧', '青木 美穂', '/facilitators/aoki-miho/'],
    ['部局', '部局一覧', '子ども福祉部', '/departments/kosodate-fukushi/'],
    ['派遣依頼', '派遣依頼', '子育て支援ネットワーク会議での記録と進行', '/requests/kosodate-gr-2026-12/'],
    ['開催報告', '開催報告', '若手職員のオフサイトミーティング 報告', '/reports/wakate-osm-2026/'],
    ['実践ガイド', '実践ガイド', '会議をその場で描くコツ', '/guides/gr-kiroku-no-kotsu/'],
    ['研修講座', '研修講座', 'グラフィックレコーディング入門', '/courses/gr-nyumon/'],
    ['手法', '手法', 'KJ法', '/methods/kj-method/'],
  ])('menu %s → list %s → %s', async (menu, list, entry, url) => {
    const page = await open(site.url);
    expect(await heading(page)).toBe('世話人ネットワーク ハンドブック');
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: menu, exact: true })
      .click();
    expect(await heading(page)).toBe(list);
    await inMain(page, entry).click();
    expect(path(page)).toBe(url);
    expect(await heading(page)).toContain(entry);
  });

  it('reaches a course material and its file from the course', async () => {
    const page = await open(`${site.url}courses/taiwa-kiso/`);
    await inMain(page, '1日目 場づくりの考え方（スライドと講師メモ）').click();
    expect(path(page)).toBe('/materials/taiwa-kiso-day1/');
    const file = await page
      .locator('main')
      .getByRole('link', { name: 'スライド（PDF）' })
      .getAttribute('href');
    const response = await page.request.get(new URL(file!, page.url()).href);
    expect(response.headers()['content-type']).toBe('application/pdf');
  });
});

describe('search', () => {
  it('searches from the header box of any page and opens a result with the keyboard', async () => {
    const page = await open(`${site.url}guides/`);
    await page.locator('#site-search').fill('防災訓練');
    await page.locator('#site-search').press('Enter');
    expect(await searchAnswered(page)).toMatch(/^「防災訓練」の検索結果: \d+件$/);
    expect(path(page)).toBe('/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('防災訓練');
    expect(await page.locator('#search-q').inputValue()).toBe('防災訓練');
    const first = page.locator('#search-results li').first();
    expect(await first.locator('.tag').innerText()).toMatch(/^(派遣依頼|開催報告)$/);
    expect(await first.locator('.muted').innerText()).toBe('危機管理部');
    expect(await first.locator('mark').first().innerText()).toContain('防災');

    // From the query box: the search button, the filters, then the results.
    await page.locator('#search-q').focus();
    for (
      let presses = 0;
      presses < 4 &&
      !(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/^\/(requests|reports)\/.*bosai.*\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${focused}`);
    expect(await heading(page)).toContain('防災訓練');
  });

  it('finds a person by reading, and a search is a link that can be shared', async () => {
    const page = await open(`${site.url}search/?q=${encodeURIComponent('わかま')}`);
    // Her profile first; pages that name her (a report she facilitated) after it.
    expect(await searchAnswered(page)).toMatch(/^「わかま」の検索結果: \d+件$/);
    expect((await resultTitles(page))[0]).toBe('若松 奈央');
  });

  it('finds without counting while the filters are closed; opened, they count the matches of each value', async () => {
    const filterChunks: string[] = [];
    const seen = (request: { url(): string }) => {
      if (request.url().includes('/pagefind/filter/')) filterChunks.push(request.url());
    };
    tab.page.on('request', seen);
    try {
      const page = await open(`${site.url}search/?q=${encodeURIComponent('防災')}`);
      const found = Number(/(\d+)件/.exec(await searchAnswered(page))![1]);
      expect(found).toBeGreaterThan(3);
      expect(filterChunks).toEqual([]);
      await page.getByText('絞り込み（', { exact: false }).click();
      await page.locator('[data-search-filters][aria-busy="false"]').waitFor({ state: 'attached' });
      // Every page has one type: the counts beside the types add up to the matches.
      const typeCounts = await page
        .locator('input[name="type"] + label [data-count]')
        .evaluateAll((counts) => counts.map((count) => Number(/\d+/.exec(count.textContent ?? '')?.[0])));
      expect(typeCounts.reduce((a, b) => a + b, 0)).toBe(found);
      expect(filterChunks.length).toBeGreaterThan(0);
    } finally {
      tab.page.off('request', seen);
    }
  });

  it('lists entries by filters alone, keeps them in the URL, and goes back to the previous search', async () => {
    const page = await open(`${site.url}search/`);
    expect(await page.locator('#search-status').innerText()).toBe(
      '検索語を入力するか、絞り込みを選んでください。',
    );
    await page.getByText('絞り込み（', { exact: false }).click();
    await page.locator('input[name="type"][value="世話人"]').check();
    expect(await searchAnswered(page)).toBe('絞り込みの結果: 12件');
    await page.locator('input[name="method"][value="KJ法"]').check();
    await searchAnswered(page, '3件');
    expect(await resultTitles(page)).toEqual(['加藤 由美', '松井 さやか', '若松 奈央']);
    expect(new URL(page.url()).searchParams.getAll('method')).toEqual(['KJ法']);
    expect(
      await page
        .locator('label[for]', { has: page.locator('[data-count]') })
        .filter({ hasText: '東部防災事務所' })
        .innerText(),
    ).toBe('東部防災事務所（2）');

    await page.locator('#search-q').fill('まつい');
    await page.locator('#search-q').press('Enter');
    await searchAnswered(page, '「まつい」');
    expect(await resultTitles(page)).toEqual(['松井 さやか']);

    await page.reload();
    expect(await searchAnswered(page)).toBe('「まつい」の検索結果: 1件（絞り込みあり）');
    expect(await page.locator('input[name="method"][value="KJ法"]').isChecked()).toBe(true);

    await page.goBack();
    await searchAnswered(page, '絞り込みの結果: 3件');
    expect(await page.locator('#search-q').inputValue()).toBe('');
  });

  it('shows 20 results at a time, and moves the focus to the first of the next ones', async () => {
    const types = ['世話人', '派遣依頼', '開催報告']
      .map((type) => `type=${encodeURIComponent(type)}`)
      .join('&');
    const page = await open(`${site.url}search/?${types}`);
    expect(await searchAnswered(page)).toBe('絞り込みの結果: 24件');
    expect(await page.locator('#search-results li').count()).toBe(20);
    await page.locator('#search-more').press('Enter');
    await page.locator('#search-results li').nth(23).waitFor();
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[20],
      ),
    ).toBe(true);
  });

  it('says so when nothing matches, and finds nothing for a contact address', async () => {
    const page = await open(`${site.url}search/?q=${encodeURIComponent('aoki-miho@pref.sakura.example')}`);
    expect(await searchAnswered(page)).toBe(
      '「aoki-miho@pref.sakura.example」に一致するページは見つかりませんでした。',
    );
    expect(await page.locator('#search-results li').count()).toBe(0);
  });

  it('works under a base path, from the header box to the page found', async () => {
    const page = await open(siteUnderBase.url);
    await page.locator('#site-search').fill('あおきさん');
    await page.locator('#site-search').press('Enter');
    expect(await searchAnswered(page)).toMatch(/^「あおきさん」の検索結果: \d+件$/);
    expect(path(page)).toBe('/handbook/search/');
    await page.locator('#search-results a').first().click();
    expect(path(page)).toBe('/handbook/facilitators/aoki-miho/');
    expect(await heading(page)).toContain('青木 美穂');
  });
});

describe('the dispatch directory', () => {
  const shown = (page: Page) =>
    page.locator('[data-directory-table] tbody tr:not([hidden]) th a').allInnerTexts();

  it('narrows the list of available facilitators by method, region and room left this quarter', async () => {
    const page = await open(site.url);
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '派遣名簿', exact: true })
      .click();
    // A click waits for the next page to begin, not to end: its list is read once it has loaded.
    await page.waitForLoadState();
    expect(path(page)).toBe('/directory/');
    expect(await shown(page)).toHaveLength(11);
    expect(await shown(page)).not.toContain('高橋 理恵');
    await page.getByLabel('手法').selectOption({ label: 'グラフィックレコーディング' });
    expect(await shown(page)).toEqual([
      '加藤 由美',
      '後藤 大地',
      '土橋 翔太',
      '中島 彩',
      '浜田 健',
      '松井 さやか',
    ]);
    await page.getByLabel('地域').selectOption('東部');
    expect(await shown(page)).toEqual(['加藤 由美', '土橋 翔太', '中島 彩', '浜田 健', '松井 さやか']);
    await page.getByLabel('今期まだ派遣できる人だけ').check();
    expect(await shown(page)).toEqual(['加藤 由美', '土橋 翔太', '浜田 健', '松井 さやか']);
    await inMain(page, '浜田 健').click();
    expect(path(page)).toBe('/facilitators/hamada-ken/');
  });
});

describe('printing', () => {
  it('prints a request page on one A4 page', async () => {
    const page = await open(`${site.url}requests/kosodate-gr-2026-12/`);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
  });
});
