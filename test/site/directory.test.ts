import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hrefs, page } from '../support/html';

// Expected facts: test/fixtures/handbook/FACTS.md (today 2026-11-22, quarter 2026Q3).
const dist = inject('fixtureDist');
const facilitatorIds = (element: ReturnType<typeof page>) =>
  hrefs(element)
    .filter((h) => /^\/facilitators\/[^/]+\/$/.test(h))
    .map((h) => h.split('/')[2]);

describe('/directory.json', () => {
  const json = JSON.parse(readFileSync(join(dist, 'directory.json'), 'utf8'));

  it('has the contracted shape for the current quarter', () => {
    expect(json.generated).toBe('2026-11-22');
    expect(json.fiscalQuarter).toBe('2026Q3');
    expect(Object.keys(json)).toEqual([
      'generated',
      'fiscalQuarter',
      'departments',
      'facilitators',
      'requests',
    ]);
    expect(Object.keys(json.departments[0])).toEqual(['id', 'name', 'candidates']);
    expect(Object.keys(json.departments[0].candidates[0]).sort()).toEqual([
      'department',
      'id',
      'load',
      'methods',
      'name',
      'regions',
    ]);
  });

  it('gives each available facilitator four quarters of load and when they can go', () => {
    expect(json.facilitators).toHaveLength(11);
    expect(Object.keys(json.facilitators[0])).toEqual([
      'id',
      'name',
      'quarters',
      'timeOfDay',
      'weekdays',
      'unavailableMonths',
      'away',
      'note',
    ]);
    const byId = Object.fromEntries(json.facilitators.map((f: { id: string }) => [f.id, f]));
    expect(byId['nakajima-aya'].quarters).toEqual([
      { quarter: '2026Q3', count: 1, max: 1, remaining: 0 },
      { quarter: '2026Q4', count: 0, max: 1, remaining: 1 },
      { quarter: '2027Q1', count: 0, max: 1, remaining: 1 },
      { quarter: '2027Q2', count: 0, max: 1, remaining: 1 },
    ]);
    expect(byId['ito-kenji']).toMatchObject({
      timeOfDay: 'afternoon',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      unavailableMonths: null,
      away: null,
    });
    expect(byId['yamamoto-takumi'].away).toEqual([
      { from: '2027-02-01', to: '2027-03-31', note: '長期研修' },
    ]);
    expect(byId['wakamatsu-nao'].unavailableMonths).toEqual([2, 3]);
    expect(byId['sasaki-jun'].note).toBe('研修の担当日と重ならなければ伺います');
    expect(byId['takahashi-rie']).toBeUndefined();
  });

  it('lists, for each department, the available facilitators of other organisations', () => {
    const kiki = json.departments.find((d: { id: string }) => d.id === 'kiki-kanri');
    expect(kiki.candidates.map((c: { id: string }) => c.id)).toEqual([
      'aoki-miho',
      'ito-kenji',
      'goto-daichi',
      'sasaki-jun',
      'hamada-ken',
      'matsui-sayaka',
      'yamamoto-takumi',
    ]);
    const nosei = json.departments.find((d: { id: string }) => d.id === 'nosei');
    expect(nosei.candidates).toHaveLength(11);
    const nakajima = json.departments
      .find((d: { id: string }) => d.id === 'somu-kikaku')
      .candidates.find((c: { id: string }) => c.id === 'nakajima-aya');
    expect(nakajima.load).toEqual({ quarter: '2026Q3', count: 1, max: 1 });
  });

  it('holds the open requests with suggestions and exclusions, each explained', () => {
    expect(json.requests.map((r: { id: string }) => r.id)).toEqual([
      'kosodate-gr-2026-12',
      'kiki-kanri-osm-2027-01',
    ]);
    const gr = json.requests[0];
    expect(gr.date).toBe('2026-12-10');
    expect(gr.suggestions.map((s: { id: string }) => s.id)).toEqual([
      'matsui-sayaka',
      'kato-yumi',
      'sasaki-jun',
      'wakamatsu-nao',
    ]);
    expect(gr.suggestions[0].reasons).toEqual([
      'グラフィックレコーディングの進行経験 2回',
      '自ら名乗り出ている',
      '過去12か月の派遣 1件',
    ]);
    for (const s of gr.suggestions) expect(s.reasons.length).toBeGreaterThan(0);
    const excluded = Object.fromEntries(
      gr.excluded.map((e: { id: string; reasons: string[] }) => [e.id, e.reasons.join(' ')]),
    );
    expect(Object.keys(excluded).sort()).toEqual([
      'aoki-miho',
      'dobashi-shota',
      'goto-daichi',
      'hamada-ken',
      'ito-kenji',
      'nakajima-aya',
      'takahashi-rie',
      'yamamoto-takumi',
    ]);
    expect(excluded['yamamoto-takumi']).toContain('依頼者本人');
    expect(excluded['goto-daichi']).toContain('同じ組織');
    expect(excluded['takahashi-rie']).toContain('派遣不可');
    expect(excluded['nakajima-aya']).toContain('上限');
    expect(excluded['hamada-ken']).toContain('somu-gyomu-kaizen-2026-12');
    expect(excluded['dobashi-shota']).toContain('西部');
    expect(excluded['aoki-miho']).toBe(
      '同じ時間帯に自分の依頼の回（12月10日 14:00〜16:00: somu-gyomu-kaizen-2026-12）',
    );
    const osm = json.requests[1];
    expect(osm.suggestions.map((s: { id: string; score: number }) => `${s.id} ${s.score}`)).toEqual([
      // 9, and 5 for offering to help (her offer file).
      'aoki-miho 14',
      'yamamoto-takumi 6',
      'ito-kenji 5',
      'sasaki-jun 3',
      'hamada-ken 3',
      'matsui-sayaka 2',
    ]);
  });

  it('never contains contact details', () => {
    const text = readFileSync(join(dist, 'directory.json'), 'utf8');
    expect(text).not.toContain('@pref.sakura.example');
    expect(text).not.toContain('0412');
    expect(text).not.toMatch(/"(contact|email|extension)"/);
  });
});

describe('/directory.csv', () => {
  const bytes = readFileSync(join(dist, 'directory.csv'));
  const text = bytes.toString('utf8');

  it('starts with a UTF-8 BOM and a header row, CRLF line ends', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')[0]).toContain('世話人');
    expect(text).toMatch(/\r\n/);
  });

  it('has one row per facilitator and department they can go to, without contact details', () => {
    const rows = text.slice(1).trimEnd().split('\r\n').slice(1);
    // 9 + 8 + 8 + 7 + 7 + 9 + 11 rows (FACTS.md, dispatch directory).
    expect(rows).toHaveLength(59);
    expect(text).not.toContain('@pref.sakura.example');
  });
});

describe('directory pages', () => {
  it('lists every available facilitator in a static table with load as count/max', () => {
    const directory = page(dist, '/directory/');
    const table = directory.querySelector('[data-directory-table]')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(11);
    expect(facilitatorIds(table)).not.toContain('takahashi-rie');
    const nakajima = table
      .querySelectorAll('tbody tr')
      .find((row) => row.getAttribute('data-kana') === 'なかじま あや')!;
    expect(nakajima.querySelector('.load')!.text).toBe('1/1');
    expect(nakajima.getAttribute('data-capacity')).toBe('no');
    expect(nakajima.getAttribute('data-open-months')!.split(' ')[0]).toBe('2027-01');
    expect(directory.querySelector('[data-directory-filters]')!.hasAttribute('hidden')).toBe(true);
    // Availability in words and the person's own note, beside them.
    const row = (kana: string) =>
      table.querySelectorAll('tbody tr').find((r) => r.getAttribute('data-kana') === kana)!;
    expect(row('いとう けんじ').text).toContain('午後のみ・月・火・水・木・金曜のみ');
    expect(row('どばし しょうた').querySelector('[data-dispatch-note]')!.text).toContain(
      '東部の事務所間なら',
    );
  });

  it('offers the requesting department first, then the month, then the person’s own department', () => {
    const form = page(dist, '/directory/').querySelector('[data-directory-filters]')!;
    expect(form.querySelectorAll('select').map((select) => select.getAttribute('name'))).toEqual([
      'for',
      'month',
      'department',
      'method',
      'region',
      'role',
    ]);
    const months = form.querySelectorAll('select[name="month"] option').map((option) => option.text.trim());
    expect(months).toHaveLength(14);
    expect(months.slice(0, 3)).toEqual(['指定しない（今期の全員）', '2026年11月', '2026年12月']);
    expect(months.at(-1)).toBe('2027年11月');
    expect(form.text).toContain('世話人の所属');
    const departmentForm = page(dist, '/directory/kiki-kanri/').querySelector('[data-directory-filters]')!;
    expect(departmentForm.querySelector('select[name="for"]')).toBeNull();
    expect(departmentForm.querySelector('select')!.getAttribute('name')).toBe('month');
  });

  it('shows who can come to a department, from other organisations only', () => {
    const table = page(dist, '/directory/kosodate-fukushi-nishi/').querySelector('[data-directory-table]')!;
    expect(facilitatorIds(table)).toEqual([
      'aoki-miho',
      'kato-yumi',
      'sasaki-jun',
      'dobashi-shota',
      'nakajima-aya',
      'hamada-ken',
      'matsui-sayaka',
      'wakamatsu-nao',
    ]);
  });

  it('shows ranked suggestions with reasons and the excluded, collapsed, on an open request', () => {
    const request = page(dist, '/requests/kosodate-gr-2026-12/');
    const suggestions = request.querySelector('.suggestions')!;
    expect(suggestions.querySelector('ol li')!.getAttribute('data-candidate')).toBe('matsui-sayaka');
    expect(suggestions.querySelector('ol li .reasons')!.text).toContain('自ら名乗り出ている');
    expect(suggestions.querySelectorAll('details [data-excluded]')).toHaveLength(8);
    // Reasons in words first, the points after; the person's own note beside them.
    const first = suggestions.querySelector('ol > li')!.innerHTML;
    expect(first.indexOf('class="reasons"')).toBeLessThan(first.indexOf('class="score'));
    expect(suggestions.querySelector('[data-candidate="sasaki-jun"] [data-dispatch-note]')!.text).toContain(
      '研修の担当日と重ならなければ伺います',
    );
    expect(page(dist, '/requests/somu-wakate-osm-2026-10/').querySelector('.suggestions')).toBeNull();
  });

  it('draws the network as static SVG with the same data in a table', () => {
    const network = page(dist, '/network/');
    expect(network.querySelectorAll('svg path.ribbon').length).toBeGreaterThan(0);
    expect(network.querySelectorAll('svg path.ribbon').length).toBe(
      network.querySelectorAll('.network table tbody tr').length,
    );
    expect(network.querySelectorAll('script')).toHaveLength(0);
    // The names are HTML over the picture, one per organisation on the ring.
    expect(network.querySelectorAll('.chord .chord-label').length).toBe(
      network.querySelectorAll('svg path.group').length,
    );
  });

  it('charts dispatches, reports and cohorts with their tables', () => {
    const stats = page(dist, '/stats/');
    expect(stats.querySelectorAll('figure.chart .bar-chart[role="img"]')).toHaveLength(3);
    expect(stats.querySelectorAll('figure.chart table')).toHaveLength(3);
    const cohorts = stats.querySelectorAll('figure.chart')[2];
    expect(cohorts.querySelectorAll('.bar-row').length).toBe(cohorts.querySelectorAll('tbody tr').length);
  });
});

describe('the coordinator board', () => {
  const board = page(dist, '/coordinator/');
  const entries = (list: string, attribute: string) =>
    board
      .querySelector(`[data-board="${list}"]`)!
      .querySelectorAll(`[${attribute}]`)
      .map((element) => element.getAttribute(attribute));

  it('is in the site navigation', () => {
    expect(hrefs(page(dist, '/').querySelector('nav.site-nav')!)).toContain('/coordinator/');
  });

  it('lists what to act on in order, each line linking to what to open next', () => {
    expect(
      board.querySelectorAll('main section[data-board]').map((s) => s.getAttribute('data-board')),
    ).toEqual(['open-requests', 'offers', 'after', 'at-limit', 'rested', 'organisations']);
    expect(entries('open-requests', 'data-request')).toEqual([
      'kosodate-gr-2026-12',
      'kiki-kanri-osm-2027-01',
    ]);
    const first = board.querySelector('[data-request="kosodate-gr-2026-12"]')!;
    expect(first.text.replace(/\s+/g, ' ')).toContain('あと18日');
    expect(first.text.replace(/\s+/g, ' ')).toContain('派遣決定0/2人・名乗り出1件・承認待ち');
    expect(hrefs(first)).toContain('/requests/kosodate-gr-2026-12/');
    expect(entries('offers', 'data-offer')).toEqual([
      'kosodate-gr-2026-12 matsui-sayaka',
      'kiki-kanri-osm-2027-01 aoki-miho',
      'kiki-kanri-osm-2027-01 hamada-ken',
    ]);
    expect(entries('after', 'data-unreported')).toEqual([]);
    expect(entries('after', 'data-follow-up')).toEqual(['bosai-kunren-kentokai-2026']);
    expect(hrefs(board.querySelector('[data-follow-up]')!)).toContain('/reports/bosai-kunren-kentokai-2026/');
    expect(entries('at-limit', 'data-at-limit')).toEqual(['nakajima-aya']);
    expect(entries('rested', 'data-never-dispatched')).toEqual([
      'aoki-miho',
      'kato-yumi',
      'dobashi-shota',
      'yamamoto-takumi',
    ]);
    expect(entries('rested', 'data-rested')).toEqual([]);
    expect(entries('organisations', 'data-never-received')).toEqual(['jinzai-center', 'nosei']);
    expect(entries('organisations', 'data-never-sent')).toEqual(['nosei']);
    for (const section of board.querySelectorAll('main section[data-board] li'))
      expect(hrefs(section).length, section.text).toBeGreaterThan(0);
  });

  it('shows no contact details', () => {
    expect(board.toString()).not.toContain('@pref.sakura.example');
    expect(board.toString()).not.toContain('mailto:');
  });
});
