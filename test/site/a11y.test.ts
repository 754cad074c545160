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
const violations = new Map<string, string[]>();

/** The axe-core violations of a page, each as `rule (help): targets`. */
async function audit(page: Page, url: string): Promise<string[]> {
  await page.goto(server.url + url.slice(1));
  if (url.startsWith('/search/?')) await page.locator('#search-results li').first().waitFor();
  if (/^\/new\/\w+\//.test(url)) await page.locator('form[data-ready]').waitFor();
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ({ tags, rules }) => {
      const { axe } = window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      const results = [
        await axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        await axe.run(document, { runOnly: { type: 'rule', values: rules } }),
      ];
      return results.flatMap((result) =>
        result.violations.map(
          (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
    },
    { tags: WCAG_21_AA, rules: LANDMARKS },
  );
}

// Three pages at a time: a page spends much of its time loading and waiting on the browser.
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(dist)]);
  const queue = PAGES.map(([, url]) => url);
  const tab = async () => {
    // axe is injected as an inline script, which the site's Content-Security-Policy refuses.
    const page = await browser.newPage({ bypassCSP: true });
    for (let url = queue.shift(); url; url = queue.shift()) violations.set(url, await audit(page, url));
    await page.close();
  };
  await Promise.all([tab(), tab(), tab()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(PAGES)('%s page (%s) has no violation', (_, url) => {
    expect(violations.get(url)).toEqual([]);
  });
});
