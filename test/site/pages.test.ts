import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hrefs, page, texts } from '../support/html';
import { brokenLinks } from '../support/links';

const dist = inject('fixtureDist');
const ids = (element: ReturnType<typeof page>, prefix: string) =>
  hrefs(element)
    .filter((href) => href.startsWith(prefix) && href !== prefix)
    .map((href) => href.slice(prefix.length).replace(/\/.*$/, ''));

describe('pages at the URLs of the content model', () => {
  it.each([
    '/',
    '/facilitators/',
    '/facilitators/aoki-miho/',
    '/departments/',
    '/departments/nosei/',
    '/requests/',
    '/requests/kosodate-gr-2026-12/',
    '/reports/',
    '/reports/jinzai-open-space-2026/',
    '/guides/',
    '/guides/hakken-seido/',
    '/courses/',
    '/courses/gr-nyumon/',
    '/materials/taiwa-kiso-day1/',
    '/methods/',
    '/methods/osm/',
  ])('%s is a Japanese page with landmarks and a skip link', (url) => {
    const html = page(dist, url);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('ja');
    expect(html.querySelector('a.skip-link')!.getAttribute('href')).toBe('#main');
    expect(html.querySelector('main#main')).not.toBeNull();
    expect(html.querySelector('header nav')).not.toBeNull();
    expect(html.querySelectorAll('h1')).toHaveLength(1);
  });

  it('headings never skip a level', () => {
    for (const url of [
      '/',
      '/facilitators/',
      '/facilitators/ito-kenji/',
      '/courses/taiwa-kiso/',
      '/requests/kosodate-gr-2026-12/',
      '/departments/',
    ]) {
      const levels = page(dist, url)
        .querySelectorAll('h1, h2, h3, h4')
        .map((h) => Number(h.tagName[1]));
      levels.forEach(
        (level, i) =>
          i > 0 &&
          expect(level - levels[i - 1], `${url}: h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1),
      );
    }
  });

  it('has no broken internal link or missing asset, and nothing from another host', () => {
    const { broken, external, checked } = brokenLinks(dist);
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
    expect(external).toEqual([]);
  });
});

describe('facilitators', () => {
  it('lists everyone in 五十音 order, grouped by kana row', () => {
    const list = page(dist, '/facilitators/');
    expect(texts(list, 'main h2')).toEqual([
      'あ行',
      'か行',
      'さ行',
      'た行',
      'な行',
      'は行',
      'ま行',
      'や行',
      'わ行',
    ]);
    expect(ids(list.querySelector('main')!, '/facilitators/')).toEqual([
      'aoki-miho',
      'ito-kenji',
      'kato-yumi',
      'goto-daichi',
      'sasaki-jun',
      'takahashi-rie',
      'dobashi-shota',
      'nakajima-aya',
      'hamada-ken',
      'matsui-sayaka',
      'yamamoto-takumi',
      'wakamatsu-nao',
    ]);
  });

  it('shows a profile with its derived history, guides, senior runs, load and contact', () => {
    const profile = page(dist, '/facilitators/ito-kenji/');
    const main = profile.querySelector('main')!;
    expect(hrefs(main)).toEqual(
      expect.arrayContaining([
        '/departments/kosodate-fukushi/',
        '/courses/taiwa-kiso/#taiwa-kiso-2024-1',
        '/courses/taiwa-kiso/#taiwa-kiso-2025-2',
        '/methods/open-space/',
        '/requests/somu-wakate-osm-2026-10/',
        '/reports/kosodate-world-cafe-2026/',
        '/reports/wakate-osm-2026/',
        '/guides/sponsor-zukuri/',
        'mailto:ito-kenji@pref.sakura.example',
      ]),
    );
    expect(main.querySelector('[data-load]')!.getAttribute('data-load')).toBe('1/2');
    expect(main.text).toContain('2026年度 第3四半期');
  });

  it('shows a full quarter and keeps a leading zero of an extension', () => {
    expect(
      page(dist, '/facilitators/nakajima-aya/').querySelector('[data-load]')!.getAttribute('data-load'),
    ).toBe('1/1');
    expect(page(dist, '/facilitators/goto-daichi/').querySelector('.contact')!.text).toContain('0412');
  });

  it('says so when someone learned elsewhere or is not available', () => {
    expect(page(dist, '/facilitators/sasaki-jun/').text).toContain('講座以外で学んだ');
    expect(page(dist, '/facilitators/takahashi-rie/').text).toContain('派遣は受け付けていません');
  });
});

describe('departments', () => {
  it('groups the list by kind', () => {
    expect(texts(page(dist, '/departments/'), 'main h2')).toEqual(['本庁の部局', '地域機関', 'その他の機関']);
  });

  it('lists the facilitators of its regional offices on a bureau page, and its requests and reports', () => {
    const bureau = page(dist, '/departments/kiki-kanri/').querySelector('main')!;
    expect(ids(bureau.querySelector('section[aria-labelledby="people"]')!, '/facilitators/')).toEqual([
      'kato-yumi',
      'dobashi-shota',
      'nakajima-aya',
      'wakamatsu-nao',
    ]);
    expect(ids(bureau.querySelector('section[aria-labelledby="requests"]')!, '/requests/').sort()).toEqual([
      'kiki-bosai-kunren-2026-09',
      'kiki-kanri-osm-2027-01',
    ]);
    expect(ids(bureau.querySelector('section[aria-labelledby="reports"]')!, '/reports/')).toEqual([
      'bosai-kunren-kentokai-2026',
    ]);
  });
});

describe('requests', () => {
  it('groups requests by status', () => {
    expect(texts(page(dist, '/requests/'), 'main h2')).toEqual([
      '募集中（2件）',
      '派遣決定（2件）',
      '開催済み（2件）',
      '中止（1件）',
    ]);
  });

  it('shows sessions in Japanese dates, host, volunteers, assigned, approval and the report', () => {
    const request = page(dist, '/requests/somu-wakate-osm-2026-10/').querySelector('main')!;
    expect(request.text).toContain('2026年10月20日(火)');
    expect(request.text).toContain('15:00〜17:00');
    expect(request.text).toContain('公務として承認済み');
    expect(hrefs(request)).toEqual(
      expect.arrayContaining([
        '/facilitators/matsui-sayaka/',
        '/facilitators/ito-kenji/',
        '/facilitators/wakamatsu-nao/',
        '/facilitators/sasaki-jun/',
        '/reports/wakate-osm-2026/',
        '/methods/osm/',
        '/departments/somu-kikaku/',
      ]),
    );
  });
});

describe('courses, materials, reports and guides', () => {
  it('shows graduates and seniors of each cohort, and materials in session order', () => {
    const course = page(dist, '/courses/taiwa-kiso/');
    const second = course.querySelector('section[aria-labelledby="taiwa-kiso-2025-2"]')!;
    expect(ids(second, '/facilitators/')).toEqual([
      'kato-yumi',
      'dobashi-shota',
      'yamamoto-takumi',
      'wakamatsu-nao',
      'aoki-miho',
      'ito-kenji',
    ]);
    expect(ids(course.querySelector('section[aria-labelledby="materials-heading"]')!, '/materials/')).toEqual(
      ['taiwa-kiso-day1'],
    );
  });

  it('says a run in progress is 受講中, lists its class days and never calls a day 第N回', () => {
    const course = page(dist, '/courses/taiwa-kiso/');
    const run = course.querySelector('section[aria-labelledby="taiwa-kiso-2026-3"]')!;
    expect(run.querySelector('h3 .badge')!.text).toBe('受講中');
    expect(texts(run, 'dt')).toContain('受講生（0人）');
    expect(texts(run, 'dt')).not.toContain('修了生（0人）');
    expect(texts(run, '.class-days li')).toEqual([
      '1日目 2026年11月4日(水)',
      '2日目 2026年11月25日(水)',
      '3日目 2026年12月16日(水)',
    ]);
    const finished = course.querySelector('section[aria-labelledby="taiwa-kiso-2025-2"]')!;
    expect(finished.querySelector('h3 .badge')).toBeNull();
    expect(texts(finished, 'dt')).toContain('修了生（4人）');
    expect(course.text).not.toMatch(/第\d+回\s*\d{4}年\d+月\d+日\(.\)\s*$/m);
    expect(texts(page(dist, '/courses/'), '.cards li li')).toContain(
      '第3回（2026年11月4日(水)〜）受講生0人 受講中',
    );
  });

  it("shows how to join a course's next run, its address a link", () => {
    const apply = page(dist, '/courses/taiwa-kiso/').querySelector('.apply')!;
    expect(apply.querySelector('h2')!.text).toBe('次の回に申し込むには');
    expect(hrefs(apply)).toEqual(['https://jinzai-center/moushikomi']);
    expect(apply.querySelector('p')!.text).toContain('から、所属長の了解を得て行ってください。');
    expect(page(dist, '/courses/gr-nyumon/').querySelector('.apply')).toBeNull();
  });

  it('links material files with their name, type and size', () => {
    const material = page(dist, '/materials/taiwa-kiso-day1/');
    const rows = material
      .querySelectorAll('section[aria-labelledby="files-heading"] tbody tr')
      .map((row) => row.querySelectorAll('td').map((td) => td.text.trim()));
    const pdfSize = readFileSync(join(dist, 'materials/taiwa-kiso/day1-slides.pdf')).length;
    expect(rows[0].slice(1, 3)).toEqual(['day1-slides.pdf', 'PDF']);
    expect(rows[0][3]).toBe(pdfSize < 1024 ? `${pdfSize} B` : `${(pdfSize / 1024).toFixed(1)} KB`);
  });

  it('renders GitHub-flavoured Markdown: a table, a task list and a footnote', () => {
    const guide = page(dist, '/guides/gr-kiroku-no-kotsu/').querySelector('.prose')!;
    expect(texts(guide, 'table thead th')).toEqual(['道具', '数', 'メモ']);
    expect(guide.querySelectorAll('table tbody tr')).toHaveLength(3);
    expect(guide.querySelectorAll('input[type="checkbox"]')).toHaveLength(4);
    expect(guide.querySelector('[data-footnotes]')).not.toBeNull();
  });

  it('shows an overdue follow-up on the report and on the home page', () => {
    expect(page(dist, '/reports/bosai-kunren-kentokai-2026/').text).toContain('期日を過ぎています');
    const home = page(dist, '/').querySelector('section[aria-labelledby="follow-heading"]')!;
    expect(ids(home, '/reports/')).toEqual(['bosai-kunren-kentokai-2026', 'wakate-osm-2026']);
  });

  it('lists open requests and upcoming sessions on the home page', () => {
    const home = page(dist, '/');
    expect(ids(home.querySelector('section[aria-labelledby="open-heading"]')!, '/requests/')).toEqual([
      'kosodate-gr-2026-12',
      'kiki-kanri-osm-2027-01',
    ]);
    expect(
      ids(home.querySelector('section[aria-labelledby="upcoming-heading"]')!, '/requests/'),
    ).not.toContain('nishi-kosodate-cafe-2026-12');
  });
});

describe('the page for an address that has none', () => {
  it('is a Japanese 404.html with the header, a search box, the main lists and the romaji hint', () => {
    const notFound = page(dist, '/404.html');
    expect(notFound.querySelector('h1')!.text).toBe('ページが見つかりません');
    expect(notFound.querySelector('header nav')).not.toBeNull();
    const search = notFound.querySelector('main form[role="search"]')!;
    expect(search.getAttribute('action')).toBe('/search/');
    expect(search.getAttribute('aria-label')).toBeTruthy();
    expect(hrefs(notFound.querySelector('.not-found-lists')!)).toEqual([
      '/facilitators/',
      '/departments/',
      '/requests/',
      '/reports/',
      '/guides/',
      '/courses/',
      '/methods/',
      '/directory/',
    ]);
    expect(notFound.querySelector('main')!.text).toContain('ページのアドレスは名前のローマ字です');
  });

  it('links under the base path, whatever address it answers', () => {
    const notFound = page(inject('fixtureBaseDist'), '/404.html');
    expect(notFound.querySelector('main form[role="search"]')!.getAttribute('action')).toBe(
      '/handbook/search/',
    );
    expect(hrefs(notFound.querySelector('.not-found-lists')!)[0]).toBe('/handbook/facilitators/');
  });
});

describe('Japanese as it is written', () => {
  it('writes a count against its counter everywhere: 40人, 3件, never 40 人', () => {
    const spaced: string[] = [];
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.html')) continue;
      const text = page(dist, `/${file}`.replace(/index\.html$/, '')).querySelector('body')!.text;
      for (const [match] of text.matchAll(/\d[ \u00a0]+(人|件|回|日間|分|グループ|ページ|か月)(?![\w])/g))
        spaced.push(`${file}: ${match}`);
    }
    expect(spaced).toEqual([]);
  });
});

describe('under a base path', () => {
  it('prefixes every link and asset and breaks none', () => {
    const baseDist = inject('fixtureBaseDist');
    const { broken, checked } = brokenLinks(baseDist, '/handbook/');
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
    expect(hrefs(page(baseDist, '/facilitators/'))).toContain('/handbook/facilitators/aoki-miho/');
  });
});
