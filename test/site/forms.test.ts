import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newPage } from '../../scripts/lib/new-page';
import { loadHandbook } from '../../src/source/load-handbook';
import { launchBrowser, openTab, type Tab } from '../support/browser';
import { FIXTURE, FIXTURE_TODAY, FORM_SETTINGS, startBuild } from '../support/build-site';
import { hrefs, page as builtPage, texts } from '../support/html';
import { serveStatic, type StaticServer } from '../support/static-server';

// The forms under /new/ in Chromium, on the fixture built under /handbook/ with a repository:
// a facilitator offers from a request page, a department asks for help, a host reports; the
// files the forms give are then added to a copy of the fixture and built, once.
let browser: Browser;
let site: StaticServer;
let tab: Tab;
/** Files the forms wrote, by path under content/. */
const written = new Map<string, string>();

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveStatic(inject('fixtureBaseDist'), '/handbook/'),
  ]);
  tab = await openTab(browser);
  await tab.page.clock.setFixedTime(new Date(`${FIXTURE_TODAY}T10:00:00+09:00`));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page on the fixture's build day in Japan (the tab's clock), recording script errors. */
const open = (path: string): Promise<Page> => tab.open(site.url + path.replace(/^\//, ''));

const ready = (page: Page) => page.locator('form[data-ready]').waitFor();

/** The editor link's file name and text, decoded, once the form has no error left. */
async function editorLink(page: Page): Promise<{ filename: string; value: string; href: string }> {
  const link = page.locator('[data-action="editor"]');
  await page.locator('[data-check-result][data-errors="0"]').waitFor();
  const href = (await link.getAttribute('href'))!;
  const url = new URL(href);
  expect(url.origin + url.pathname).toBe(`${FORM_SETTINGS.HANDBOOK_REPO}/new/main`);
  return { filename: url.searchParams.get('filename')!, value: url.searchParams.get('value')!, href };
}

/** Keeps what a form wrote, after checking that the page shows the same text as the link carries. */
async function keep(page: Page): Promise<{ filename: string; value: string }> {
  const link = await editorLink(page);
  expect(await page.locator('[data-output-text]').inputValue()).toBe(link.value);
  written.set(link.filename.replace(/^content\//, ''), link.value);
  return link;
}

describe('offering from an open request', () => {
  it('follows この依頼に名乗り出る, warns about someone the hard rules rule out, and links to the editor', async () => {
    const page = await open('/requests/kiki-kanri-osm-2027-01/');
    await page.getByRole('link', { name: 'この依頼に名乗り出る' }).click();
    await ready(page);
    expect(new URL(page.url()).searchParams.get('request')).toBe('kiki-kanri-osm-2027-01');
    expect(await page.getByRole('combobox', { name: /名乗り出る依頼/ }).inputValue()).toContain(
      '東部の防災担当者によるオフサイトミーティング',
    );
    const person = page.getByRole('combobox', { name: /名乗り出る世話人/ });

    await person.fill('タカハシ');
    await person.press('Enter');
    await person.press('Tab');
    // The warning comes once the request's exclusions (/new/offer/<id>.json) are loaded.
    await expect
      .poll(() => page.locator('#error-facilitator').innerText())
      .toBe(
        '警告: 高橋 理恵（takahashi-rie）は派遣の候補から外れる条件に当たります: 派遣不可に設定。依頼のページには理由とともに表示されます',
      );
    const ruledOut = await keep(page);
    expect(ruledOut.filename).toBe('content/offers/kiki-kanri-osm-2027-01-takahashi-rie.md');

    await person.fill('やまもと');
    await person.press('Enter');
    await page.getByLabel(/ひとこと/).fill('水曜の午後なら伺えます。{対話} の場づくりが得意です。');
    const offer = await keep(page);
    expect(offer.filename).toBe('content/offers/kiki-kanri-osm-2027-01-yamamoto-takumi.md');
    expect(offer.value).toBe(
      [
        '---',
        'request: kiki-kanri-osm-2027-01',
        'facilitator: yamamoto-takumi',
        'offered: 2026-11-22',
        '---',
        '水曜の午後なら伺えます。\\{対話\\} の場づくりが得意です。',
        '',
      ].join('\n'),
    );
    expect(await page.locator('[data-check-result]').innerText()).toContain('問題はありません');
    const mail = new URL((await page.locator('[data-action="mail"]').getAttribute('href'))!);
    expect(mail.protocol + mail.pathname).toBe(`mailto:${FORM_SETTINGS.HANDBOOK_CONTACT}`);
  });

  it('can be completed with the keyboard alone', async () => {
    const page = await open('/new/offer/');
    await ready(page);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    for (let i = 0; i < 40 && (await focused()) !== 'field-request'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('field-request');
    await page.keyboard.type('東部');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('field-facilitator');
    await page.keyboard.type('いとう');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 10 && (await focused()) !== 'A'; i++) await page.keyboard.press('Tab');
    const link = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(new URL(link).searchParams.get('filename')).toBe(
      'content/offers/kiki-kanri-osm-2027-01-ito-kenji.md',
    );
    expect(await page.locator('[data-check-result]').innerText()).toContain('問題はありません');
  });
});

describe('asking for help and reporting', () => {
  it('asks for help from a department page, reading what is typed as npm run new reads it', async () => {
    const page = await open('/departments/nosei/');
    await page.getByRole('link', { name: 'この部局から派遣を依頼する' }).click();
    await ready(page);
    expect(await page.getByRole('combobox', { name: /依頼する部局/ }).inputValue()).toBe('農政部');
    await page.getByLabel('依頼の題名').fill('農政部の若手職員の対話の場');
    const host = page.getByRole('combobox', { name: /依頼する職場の世話人/ });
    await host.fill('あおき');
    await host.press('Enter');
    await page.getByLabel('開催日').fill('2027-02-10');
    await page.getByLabel('開始時刻').selectOption('13:30');
    await page.getByLabel('終了時刻').selectOption('13:00');
    expect(await page.locator('#error-end').innerText()).toContain(
      '終了時刻 13:00 が開始時刻 13:30 より後になっていません',
    );
    await page.getByLabel('終了時刻').selectOption('16:00');
    await page.getByLabel('開催場所').fill('農政部 大会議室');
    await page.getByLabel('参加予定の人数').fill('１５人');
    const methods = page.getByRole('combobox', { name: /使いたい手法/ });
    await methods.fill('ワールド');
    await methods.press('Enter');
    const request = await keep(page);
    expect(request.filename).toBe('content/requests/nosei-2027-02.mdx');
    expect(request.value).toContain(
      'sessions:\n  - date: 2027-02-10\n    start: "13:30"\n    end: "16:00"\n',
    );
    expect(request.value).toContain('participants: 15\n');
    expect(request.value).toContain('needed: 1\n');
    expect(request.value).toContain('methods: [world-cafe]\n');
    expect(request.value).toContain('status: open');
  });

  it('writes a report from a matched request, with its department, date, facilitators and methods', async () => {
    const page = await open('/requests/somu-gyomu-kaizen-2026-12/');
    await page.getByRole('link', { name: '開催報告を書く' }).click();
    await ready(page);
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      request: 'somu-gyomu-kaizen-2026-12',
      department: 'somu-kikaku',
      date: '2026-12-10',
      facilitators: 'aoki-miho,hamada-ken',
      methods: 'graphic-recording,kj-method',
    });
    expect(await page.locator('[data-field="facilitators"] [data-chosen] li span').allInnerTexts()).toEqual([
      '青木 美穂（あおき みほ）',
      '浜田 健（はまだ けん）',
    ]);
    await page.getByLabel('参加した人数').fill('11');
    const report = await keep(page);
    expect(report.filename).toBe('content/reports/somu-gyomu-kaizen-2026-12-houkoku.mdx');
    expect(report.value).toContain(
      'department: somu-kikaku\ndate: 2026-12-10\nfacilitators: [aoki-miho, hamada-ken]\nparticipants: 11\nmethods: [graphic-recording, kj-method]\n',
    );
  });

  it('ran without a script error', () => {
    expect(tab.errors).toEqual([]);
  });
});

describe('the pages the forms wrote, on the built site', () => {
  let root: string;
  let dist: string;
  beforeAll(async () => {
    expect([...written.keys()].sort()).toEqual([
      'offers/kiki-kanri-osm-2027-01-takahashi-rie.md',
      'offers/kiki-kanri-osm-2027-01-yamamoto-takumi.md',
      'reports/somu-gyomu-kaizen-2026-12-houkoku.mdx',
      'requests/nosei-2027-02.mdx',
    ]);
    root = mkdtempSync(join(tmpdir(), 'handbook-forms-'));
    cpSync(FIXTURE, root, { recursive: true });
    for (const [file, text] of written) {
      mkdirSync(dirname(join(root, 'content', file)), { recursive: true });
      writeFileSync(join(root, 'content', file), text);
    }
    // A guide from npm run new, with markup in its fields and components in its body, in the same build.
    const settings = {
      contentDir: join(root, 'content'),
      publicDir: join(root, 'public'),
      today: FIXTURE_TODAY,
    };
    const silent = { ask: () => Promise.resolve(undefined), say: () => {}, close: () => {} };
    const created = await newPage(
      [
        'guide',
        '--title',
        '<script>alert("x")</script>の話',
        '--summary',
        '{1+1} と <b>太字</b>',
        '--category',
        'system',
        '--id',
        'anzen',
      ],
      settings,
      silent,
    );
    expect(created.code).toBe(0);
    const guide = join(root, 'content/guides/anzen.mdx');
    writeFileSync(
      guide,
      `${readFileSync(guide, 'utf8')}\n<Note>\n\n補足の本文 {'{'}A{'}'}\n\n</Note>\n\n<Caution title="締め切り">\n\n前日まで\n\n</Caution>\n`,
    );
    const built = await startBuild({
      content: join(root, 'content'),
      publicDir: join(root, 'public'),
      env: { HANDBOOK_REPO: 'https://git.example/org/handbook/', HANDBOOK_REPO_BRANCH: 'draft' },
    });
    expect(built.status, built.output).toBe(0);
    dist = built.dist;
  });

  it('pass the content check, the offer from someone ruled out with a warning only', () => {
    const { problems } = loadHandbook({
      contentDir: join(root, 'content'),
      publicDir: join(root, 'public'),
      today: FIXTURE_TODAY,
    });
    // 農政部 has no facilitator of its own, so its host (aoki-miho) is of another organisation.
    expect(problems.map((p) => `${p.severity} ${p.file} ${p.field}`)).toEqual([
      'warning offers/kiki-kanri-osm-2027-01-takahashi-rie.md facilitator',
      'warning requests/nosei-2027-02.mdx host',
    ]);
  });

  it('show the offer on the request page, with the message, and the other with its reason', () => {
    const request = builtPage(dist, '/requests/kiki-kanri-osm-2027-01/');
    const offer = request.querySelector('[data-offer="kiki-kanri-osm-2027-01-yamamoto-takumi"]')!;
    expect(offer.text).toContain('山本 拓海');
    expect(offer.querySelector('.offer-message')!.text.trim()).toBe(
      '水曜の午後なら伺えます。{対話} の場づくりが得意です。',
    );
    const ruledOut = request.querySelector('[data-offer="kiki-kanri-osm-2027-01-takahashi-rie"]')!;
    expect(ruledOut.querySelector('[data-excluded-offer]')!.text).toContain('派遣不可に設定');
    expect(request.querySelector('[data-candidate="yamamoto-takumi"]')!.text).toContain('自ら名乗り出ている');
    const json = JSON.parse(readFileSync(join(dist, 'directory.json'), 'utf8')) as {
      requests: { id: string; volunteers: string[] }[];
    };
    expect(json.requests.find((r) => r.id === 'kiki-kanri-osm-2027-01')?.volunteers).toEqual([
      'hamada-ken',
      'aoki-miho',
      'takahashi-rie',
      'yamamoto-takumi',
    ]);
    const brief = builtPage(dist, '/requests/kiki-kanri-osm-2027-01/brief/');
    expect(brief.querySelector('[data-person="yamamoto-takumi"]')!.text).toContain('名乗り出た世話人');
  });

  it('publish what the forms choose from without any contact detail', () => {
    const choices = readFileSync(join(dist, 'new/choices.json'), 'utf8');
    expect(choices).toContain('"yamamoto-takumi"');
    expect(choices).not.toMatch(/@pref\.sakura\.example|"contact"|"email"|"extension"/);
  });

  it('show the offer on the profile, among the requests they offered for', () => {
    const profile = builtPage(dist, '/facilitators/yamamoto-takumi/');
    const heading = profile.querySelector('#offering-heading')!;
    expect(hrefs(heading.nextElementSibling!)).toEqual([
      '/requests/kiki-kanri-osm-2027-01/',
      '/departments/kiki-kanri/',
    ]);
  });

  it('show the new request and the report, and the request reported on asks for no report any more', () => {
    expect(texts(builtPage(dist, '/requests/nosei-2027-02/'), 'h1')).toEqual(['農政部の若手職員の対話の場']);
    expect(hrefs(builtPage(dist, '/departments/nosei/'))).toContain('/requests/nosei-2027-02/');
    expect(texts(builtPage(dist, '/reports/somu-gyomu-kaizen-2026-12-houkoku/'), 'h1')[0]).toContain('報告');
    const reported = builtPage(dist, '/requests/somu-gyomu-kaizen-2026-12/');
    expect(reported.querySelector('[data-action="report"]')).toBeNull();
    expect(hrefs(reported)).toContain('/reports/somu-gyomu-kaizen-2026-12-houkoku/');
  });

  it('show text from the frontmatter as text, never as markup', () => {
    const html = builtPage(dist, '/guides/anzen/');
    expect(texts(html, 'h1')).toEqual(['<script>alert("x")</script>の話']);
    expect(texts(html, 'title')[0]).toContain('<script>alert("x")</script>の話');
    expect(texts(html, '.lead')).toEqual(['{1+1} と <b>太字</b>']);
    expect(html.querySelectorAll('script').filter((script) => script.text.includes('alert'))).toEqual([]);
    expect(html.querySelectorAll('main b')).toEqual([]);
  });

  it('render the components and hide the template comment', () => {
    const prose = builtPage(dist, '/guides/anzen/').querySelector('.prose')!;
    expect(prose.querySelectorAll('aside.notice').map((aside) => aside.classList.contains('warn'))).toEqual([
      false,
      true,
    ]);
    expect(texts(prose, 'aside .notice-title')).toEqual(['補足', '締め切り']);
    expect(prose.text).toContain('補足の本文 {A}');
    expect(prose.text).not.toContain('書くこと');
    expect(prose.querySelectorAll('note, caution')).toEqual([]);
  });

  it('link every page to editing its file and proposing a new one', () => {
    const links = (url: string) =>
      Object.fromEntries(
        builtPage(dist, url)
          .querySelectorAll('[data-repository-link]')
          .map((a) => [a.getAttribute('data-repository-link'), a.getAttribute('href')]),
      );
    expect(links('/guides/anzen/')).toEqual({
      edit: 'https://git.example/org/handbook/edit/draft/content/guides/anzen.mdx',
      propose: 'https://git.example/org/handbook/new/draft/content/guides',
      guide: 'https://git.example/org/handbook/blob/draft/CONTRIBUTING.md',
    });
    expect(links('/facilitators/aoki-miho/').edit).toBe(
      'https://git.example/org/handbook/edit/draft/content/facilitators/aoki-miho.mdx',
    );
    expect(links('/courses/gr-nyumon/').edit).toBe(
      'https://git.example/org/handbook/edit/draft/content/courses/gr-nyumon.md',
    );
    expect(links('/methods/osm/')).toMatchObject({
      edit: 'https://git.example/org/handbook/edit/draft/content/methods.yaml',
    });
    expect(links('/facilitators/')).toMatchObject({
      edit: 'https://git.example/org/handbook/tree/draft/content/facilitators',
      propose: 'https://git.example/org/handbook/new/draft/content/facilitators',
    });
    expect(Object.keys(links('/'))).toEqual(['edit', 'propose']);
  });
});

describe('the forms script', () => {
  it('is loaded by the four form pages and by no other page', () => {
    const dist = inject('fixtureDist');
    const scripts = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    const formScripts = new Set(
      ['request', 'offer', 'report', 'profile'].flatMap((kind) =>
        scripts(join(dist, 'new', kind, 'index.html')),
      ),
    );
    expect(formScripts.size).toBe(1);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && !/^new\/\w+\//.test(file.split(sep).join('/')),
    );
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages)
      expect(
        scripts(join(dist, file)).filter((src) => formScripts.has(src)),
        file,
      ).toEqual([]);
  });
});
