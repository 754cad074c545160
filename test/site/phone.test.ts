import { readdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTab, type Tab } from '../support/browser';
import { searchAnswered } from '../support/search-page';
import { serveStatic, type StaticServer } from '../support/static-server';

// The built fixture handbook on a phone (390 px wide, as an iPhone 14), in Japanese type: one
// browser for the file, one page of every kind. The server sends the README's
// Content-Security-Policy, so a page that breaks it shows a console error here.
const dist = inject('fixtureDist');
let browser: Browser;
let phone: BrowserContext;
let tab: Tab;
let site: StaticServer;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveStatic(dist)]);
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  tab = await openTab(phone);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * One page of each kind, found in the built site: the first of each path with its ids replaced
 * (`requests/*\/brief/`), so a kind of page added later is covered without listing it here.
 */
function pagesOfEveryKind(): string[] {
  const kinds = new Map<string, string>();
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
  for (const url of files) {
    const segments = url.split('/').filter(Boolean);
    const kind = segments.map((segment, i) => (i > 0 && /[-\d]/.test(segment) ? '*' : segment)).join('/');
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  return [...kinds.values()];
}

/** A page of the site in the file's one tab, with the errors it alone gives. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  tab.errors.length = 0;
  const page = await tab.open(new URL(url.replace(/^\//, ''), site.url).href);
  return { page, errors: tab.errors };
}

/** What does not fit a phone: sideways scrolling, a name broken inside, small chart labels. */
function problemsOnScreen(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const name = (el: Element) =>
    `<${el.tagName.toLowerCase()} class="${el.className}">${el.textContent?.trim().slice(0, 30)}`;
  if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth}px wide`);
  for (const el of document.querySelectorAll('body *')) {
    const { overflowX } = getComputedStyle(el);
    if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1)
      problems.push(`${name(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px)`);
  }
  for (const el of document.querySelectorAll('.person-name, .department-name, .method-name')) {
    const lines = el.getClientRects().length;
    if (lines === 0) continue;
    const text = el.textContent?.trim() ?? '';
    // A person's or method's name never breaks; a department's only at a space it has.
    if (lines > 1 && (!el.classList.contains('department-name') || !/\s/.test(text)))
      problems.push(`${name(el)} breaks over ${lines} lines`);
    const box = el.getBoundingClientRect();
    const cell = el.closest('td, th');
    if (cell && cell.getBoundingClientRect().width + 0.5 < box.width)
      problems.push(`${name(el)} is wider than its cell`);
    if (box.right > root.clientWidth + 0.5) problems.push(`${name(el)} runs off the screen`);
  }
  for (const el of document.querySelectorAll('.chart-label, .chord-label, svg text')) {
    const size = parseFloat(getComputedStyle(el).fontSize) * (el instanceof SVGElement ? scaleOf(el) : 1);
    if (size < 12) problems.push(`${name(el)} is ${size.toFixed(1)}px`);
  }
  return problems;

  function scaleOf(el: SVGElement): number {
    const svg = el.ownerSVGElement;
    return svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
  }
}

describe('at 390 px', () => {
  const urls = [...pagesOfEveryKind(), '/search/?q=防災訓練', '/facilitators/no-such-person/'];

  it('covers every kind of page', () => {
    expect(urls).toEqual(
      expect.arrayContaining([
        '/',
        '/directory/',
        '/facilitators/aoki-miho/',
        '/requests/kiki-bosai-kunren-2026-09/brief/',
        '/courses/gr-nyumon/',
        '/stats/',
        '/network/',
      ]),
    );
  });

  it.each(urls)(
    '%s fits: nothing scrolls sideways, no name breaks, chart labels are 12 px or more',
    async (url) => {
      const { page, errors } = await open(url);
      if (url.includes('?q=')) await searchAnswered(page, '件');
      expect(await page.evaluate(problemsOnScreen)).toEqual([]);
      expect(errors).toEqual(url.startsWith('/facilitators/no-such') ? [expect.stringContaining('404')] : []);
    },
  );

  it('shows the directory as cards, each with its name whole on one line', async () => {
    const { page } = await open('/directory/');
    const cards = await page.locator('.directory-table tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        display: getComputedStyle(row).display,
        name: row.querySelector('.person-name')!.getClientRects().length,
        labels: [...row.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content),
      })),
    );
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) {
      expect(card).toMatchObject({ display: 'block', name: 1 });
      expect(card.labels).toEqual([
        '"所属："',
        '"手法："',
        '"移動できる地域："',
        '"役割："',
        '"行ける日時・条件："',
        '"派遣の件数："',
      ]);
    }
    // A filter still hides a card.
    await page.locator('select[name="department"]').selectOption('somu-kikaku');
    expect(await page.locator('.directory-table tbody tr:visible').count()).toBe(2);
  });

  it('breaks a heading between phrases, never inside a word (防災対策/部)', async () => {
    const { page } = await open('/departments/kiki-kanri/');
    const lines = await page.evaluate(() => {
      const heading = document.createElement('h2');
      heading.textContent = '危機管理部防災対策課との対話の場づくり';
      heading.style.width = '6.5em';
      document.querySelector('main')!.append(heading);
      const text = heading.firstChild as Text;
      const result: string[] = [''];
      let top: number | undefined;
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const y = Math.round(range.getBoundingClientRect().top);
        if (top !== undefined && y !== top) result.push('');
        top = y;
        result[result.length - 1] += text.data[i];
      }
      return result;
    });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toBe('危機管理部');
    expect(lines.join('/')).not.toMatch(/危[^/]*\/[^/]*部|防[^/]*\/[^/]*課/);
  });

  it('sets Japanese in a Japanese font', async () => {
    const { page } = await open('/');
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    const fonts = family.split(',').map((font) => font.trim().replace(/"/g, ''));
    expect(fonts.slice(0, 5)).toEqual([
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      'Yu Gothic UI',
      'Meiryo',
      'Noto Sans CJK JP',
    ]);
    expect(fonts.at(-1)).toBe('sans-serif');
  });
});

describe('a calendar to subscribe to', () => {
  it('copies its address with one tap', async () => {
    const { page, errors } = await open('/facilitators/aoki-miho/');
    const subscribe = page.locator('.subscribe');
    await subscribe.getByRole('button', { name: 'コピー' }).click();
    await subscribe.getByRole('button', { name: 'コピーしました' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'http://localhost:4321/facilitators/aoki-miho/calendar.ics',
    );
    expect(errors).toEqual([]);
  });
});

describe('a wrong address', () => {
  it('answers 404 with the Japanese page, and reads the romaji as the name to search for', async () => {
    const { page } = tab;
    const response = await page.goto(new URL('facilitators/wakamatu-nao/', site.url).href);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('ページが見つかりません');
    expect(await page.locator('#not-found-q').inputValue()).toBe('わかまつ なお');
    await page.getByRole('link', { name: '「わかまつ なお」' }).click();
    await searchAnswered(page, '件');
    expect(await page.locator('#search-results h3').allInnerTexts()).toContain('若松 奈央');
  });
});
