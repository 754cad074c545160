import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openTab, type Tab } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

// "Who could come to our department in February?" on the fixture build (today 2026-11-22;
// test/fixtures/handbook/FACTS.md, "The directory by month").
let browser: Browser;
let site: StaticServer;
let tab: Tab;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveStatic(inject('fixtureDist'))]);
  tab = await openTab(browser);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page of the site in the file's one tab, with the errors it alone gives. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  tab.errors.length = 0;
  const page = await tab.open(new URL(path.replace(/^\//, ''), site.url).href);
  return { page, errors: tab.errors };
}

/** Ids of the facilitators whose rows are shown, in table order. */
const shown = (page: Page) =>
  page
    .locator('[data-directory-table] tbody tr:not([hidden]) th a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/')[2]));
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('the directory month selector', () => {
  it('answers who can come to a department in a month, in two choices, kept in the address', async () => {
    const { page, errors } = await open('/directory/');
    expect(await shown(page)).toHaveLength(11);
    await page.getByLabel('依頼する部局').selectOption('kiki-kanri');
    await page.getByLabel('来てほしい月').selectOption('2027-02');
    expect(await shown(page)).toEqual([
      'aoki-miho',
      'ito-kenji',
      'goto-daichi',
      'sasaki-jun',
      'hamada-ken',
      'matsui-sayaka',
    ]);
    expect(query(page)).toEqual({ for: 'kiki-kanri', month: '2027-02' });
    expect(await page.locator('[data-directory-count]').innerText()).toBe('6人（全11人中）');
    expect(await page.locator('[data-directory-period]').innerText()).toContain('2026年度 第4四半期');

    await page.reload();
    expect(await page.getByLabel('依頼する部局').inputValue()).toBe('kiki-kanri');
    expect(await page.getByLabel('来てほしい月').inputValue()).toBe('2027-02');
    expect(await shown(page)).toHaveLength(6);

    // Back to no month: everyone of other organisations, this quarter.
    await page.getByLabel('来てほしい月').selectOption('');
    expect(query(page)).toEqual({ for: 'kiki-kanri' });
    expect(await shown(page)).toHaveLength(7);
    expect(errors).toEqual([]);
  });

  it("shows each person's load in the chosen month's quarter, and hides those at its limit", async () => {
    const { page, errors } = await open('/directory/kosodate-fukushi/?month=2026-12');
    const loadOf = (id: string) =>
      page.locator(`[data-directory-table] tbody tr:has(a[href="/facilitators/${id}/"]) .load`).innerText();
    expect(await shown(page)).toEqual([
      'aoki-miho',
      'kato-yumi',
      'sasaki-jun',
      'dobashi-shota',
      'hamada-ken',
      'matsui-sayaka',
      'wakamatsu-nao',
    ]);
    expect(await loadOf('hamada-ken')).toBe('1/2');
    await page.getByLabel('来てほしい月').selectOption('2027-01');
    expect(await shown(page)).toContain('nakajima-aya');
    expect(await loadOf('nakajima-aya')).toBe('0/1');
    expect(await loadOf('hamada-ken')).toBe('0/2');
    expect(query(page)).toEqual({ month: '2027-01' });
    // Filters combine with the month, and a value the page does not offer is ignored.
    await page.getByLabel('手法').selectOption('graphic-recording');
    expect(query(page)).toEqual({ month: '2027-01', method: 'graphic-recording' });
    expect(errors).toEqual([]);
  });

  it('ignores values in the address that the page does not offer', async () => {
    const { page, errors } = await open('/directory/?month=1999-01&for=nowhere');
    expect(await page.getByLabel('来てほしい月').inputValue()).toBe('');
    expect(await shown(page)).toHaveLength(11);
    expect(errors).toEqual([]);
  });
});
