import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openTab, type Tab } from '../support/browser';
import { hrefs, page, texts } from '../support/html';
import { serveStatic, type StaticServer } from '../support/static-server';

const dist = inject('fixtureDist');
const BRIEF = '/requests/kosodate-hatarakikata-2026-12/brief/';

describe('the dispatch brief', () => {
  const brief = page(dist, BRIEF);
  const text = brief.querySelector('main')!.text.replace(/\s+/g, ' ');

  it('is linked from its request', () => {
    expect(hrefs(page(dist, '/requests/kosodate-hatarakikata-2026-12/'))).toContain(BRIEF);
    expect(texts(brief, 'h1')).toEqual(['派遣ブリーフ 子ども福祉部 働き方を考える対話集会']);
  });

  it('gives the purpose and background from the request', () => {
    expect(text).toContain('部長の呼びかけで、部内の職員40人が働き方改革について語り合う集会を開きます。');
  });

  it('gives the sessions with date, time, place and region, and the participants and groups', () => {
    const cells = brief
      .querySelector('table')!
      .querySelectorAll('tbody td')
      .map((td) => td.text.trim());
    expect(cells).toEqual(['2026年12月3日(木)', '10:00〜12:00', '県庁南館 大会議室', '中央']);
    expect(text).toContain('40人（8グループ）');
    expect(text).toContain('子ども福祉部');
  });

  it('explains the methods wanted', () => {
    const methods = brief.querySelector('[aria-labelledby="methods-heading"]')!;
    expect(texts(methods, 'dt')).toEqual(['ワールドカフェ']);
    expect(texts(methods, 'dd')).toEqual(['テーブルを移りながら一つの問いで対話をつなぐ']);
  });

  it('gives the host, the sponsor and everyone assigned with department and contact, out of the search index', () => {
    const contact = brief.querySelector('[data-pagefind-ignore="all"]')!;
    const rows = contact
      .querySelectorAll('tr[data-person]')
      .map((row) => row.querySelectorAll('td').map((td) => td.text.trim()));
    expect(rows).toEqual([
      [
        '職場の世話人（依頼者）',
        '伊藤 健二',
        '子ども福祉部 こども家庭課',
        'ito-kenji@pref.sakura.example',
        '3205',
      ],
      ['派遣する世話人', '中島 彩', '危機管理部 防災企画課', 'nakajima-aya@pref.sakura.example', '4150'],
      [
        '派遣する世話人',
        '佐々木 純',
        '職員人材育成センター 研修企画課',
        'sasaki-jun@pref.sakura.example',
        '5001',
      ],
    ]);
    expect(contact.text).toContain('スポンサー: 子ども福祉部長');
    expect(brief.querySelector('[data-pagefind-body]')).toBeNull();
    const outside = brief.querySelector('main')!.innerHTML.replace(contact.outerHTML, '');
    expect(outside).not.toMatch(/@pref\.sakura\.example/);
  });

  it('tells what the requesting department did before, and gives the guides of the methods wanted', () => {
    expect(hrefs(brief)).toContain('/reports/kosodate-world-cafe-2026/');
    expect(text).toContain('部の将来像について出た言葉を一枚にまとめた');
    const osm = page(dist, '/requests/kiki-kanri-osm-2027-01/brief/');
    expect(hrefs(osm)).toEqual(
      expect.arrayContaining([
        '/reports/bosai-kunren-kentokai-2026/',
        '/guides/osm-junbi/',
        '/methods/osm/',
        '/methods/kj-method/',
      ]),
    );
  });
});

describe('a printed brief', () => {
  let browser: Browser;
  let server: StaticServer;
  let tab: Tab;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dist)]);
    tab = await openTab(browser);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  it.each(['kosodate-hatarakikata-2026-12', 'kiki-bosai-kunren-2026-09', 'somu-wakate-osm-2026-10'])(
    '%s fits on at most two A4 pages',
    async (id) => {
      const page = await tab.open(`${server.url}requests/${id}/brief/`);
      const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
    },
  );

  it('prints without the site navigation and the print button', async () => {
    const page = await tab.open(`${server.url}${BRIEF.slice(1)}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('button:has-text("印刷する")')).toBe(false);
    expect(await page.isVisible('text=nakajima-aya@pref.sakura.example')).toBe(true);
    await page.emulateMedia({ media: null });
  });
});
