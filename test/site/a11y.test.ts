import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

const dist = inject('fixtureDist');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Landmarks are best practice, not WCAG: a screen reader lists them, so two search boxes need two names.
const LANDMARKS = ['landmark-unique', 'landmark-one-main', 'landmark-no-duplicate-main'];

/** One page of every kind; a search page once empty, once with results, once with filters open. */
const PAGES: [string, string][] = [
  ['home', '/'],
  ['facilitator list', '/facilitators/'],
  ['department list', '/departments/'],
  ['request list', '/requests/'],
  ['report list', '/reports/'],
  ['guide list', '/guides/'],
  ['course list', '/courses/'],
  ['method list', '/methods/'],
  ['facilitator', '/facilitators/ito-kenji/'],
  ['department', '/departments/kosodate-fukushi/'],
  ['request', '/requests/kosodate-gr-2026-12/'],
  ['dispatch brief', '/requests/kosodate-hatarakikata-2026-12/brief/'],
  ['report', '/reports/bosai-kunren-kentokai-2026/'],
  ['guide (table, task list, footnote)', '/guides/gr-kiroku-no-kotsu/'],
  ['course', '/courses/taiwa-kiso/'],
  ['material', '/materials/taiwa-kiso-day1/'],
  ['method', '/methods/osm/'],
  ['search', '/search/'],
  ['search with results', `/search/?q=${encodeURIComponent('防災')}`],
  [
    'search with filters',
    `/search/?type=${encodeURIComponent('世話人')}&method=KJ${encodeURIComponent('法')}`,
  ],
  ['directory', '/directory/'],
  ['directory of a department', '/directory/kosodate-fukushi/'],
  ['forms', '/new/'],
  ['request form', '/new/request/?department=nosei'],
  ['offer form, prefilled', '/new/offer/?request=kiki-kanri-osm-2027-01&facilitator=takahashi-rie'],
  ['offer form, with mistakes shown', '/new/offer/?request=kiki-kanri-osm&facilitator=kato-yumi'],
  ['report form', '/new/report/?request=somu-gyomu-kaizen-2026-12'],
  ['profile form', '/new/profile/?kana=ヤマダ&available=かも'],
].filter(([, url]) => existsSync(join(dist, url.replace(/\?.*$/, ''), 'index.html'))) as [string, string][];
// An address with no page answers with 404.html.
PAGES.push(['page not found', '/facilitators/no-such-person/']);

let browser: Browser;
let server: StaticServer;
const audits = new Map<string, Audit>();

/** What axe found on a page: its violations, each as `rule (help): targets`, and the rules it ran. */
interface Audit {
  violations: string[];
  rules: string[];
}

/**
 * Audits a page in a tab where axe is loaded before each page's own scripts: one run, the
 * WCAG rules by their tags and the landmark rules by name, violations only in detail.
 */
async function audit(page: Page, url: string): Promise<Audit> {
  await page.goto(server.url + url.slice(1));
  if (url.startsWith('/search/?')) await page.locator('#search-results li').first().waitFor();
  if (/^\/new\/\w+\//.test(url)) await page.locator('form[data-ready]').waitFor();
  return page.evaluate(
    async ({ tags, rules }) => {
      type Result = { id: string; help: string; nodes: { target: string[] }[] };
      const { axe } = window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<Record<'violations' | 'passes' | 'incomplete' | 'inapplicable', Result[]>>;
        };
      };
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(rules.map((rule) => [rule, { enabled: true }])),
        resultTypes: ['violations'],
      });
      return {
        violations: result.violations.map(
          (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
        rules: [...result.violations, ...result.passes, ...result.incomplete, ...result.inapplicable].map(
          (r) => r.id,
        ),
      };
    },
    { tags: WCAG_21_AA, rules: LANDMARKS },
  );
}

// Three pages at a time: a page spends much of its time loading and waiting on the browser.
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(dist)]);
  const queue = PAGES.map(([, url]) => url);
  const tab = async () => {
    const page = await browser.newPage();
    await page.addInitScript({ path: AXE });
    for (let url = queue.shift(); url; url = queue.shift()) audits.set(url, await audit(page, url));
    await page.close();
  };
  await Promise.all([tab(), tab(), tab()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('ran the WCAG rules and the landmark rules on every page', () => {
    for (const [, url] of PAGES) {
      const { rules } = audits.get(url)!;
      expect(rules, url).toEqual(expect.arrayContaining([...LANDMARKS, 'color-contrast', 'image-alt']));
    }
  });

  it.each(PAGES)('%s page (%s) has no violation', (_, url) => {
    expect(audits.get(url)!.violations).toEqual([]);
  });
});
