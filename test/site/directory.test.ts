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
    expect(gr.suggestions.map((s: { id: string }) => s.id).sort()).toEqual([
      'aoki-miho',
      'kato-yumi',
      'matsui-sayaka',
      'sasaki-jun',
      'wakamatsu-nao',
    ]);
    expect(gr.suggestions[0].id).toBe('matsui-sayaka');
    for (const s of gr.suggestions) expect(s.reasons.length).toBeGreaterThan(0);
    const excluded = Object.fromEntries(
      gr.excluded.map((e: { id: string; reasons: string[] }) => [e.id, e.reasons.join(' ')]),
    );
    expect(Object.keys(excluded).sort()).toEqual([
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
    expect(directory.querySelector('[data-directory-filters]')!.hasAttribute('hidden')).toBe(true);
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
    expect(suggestions.querySelectorAll('details [data-excluded]')).toHaveLength(7);
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
