import { describe, expect, it } from 'vitest';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { followUpsDue } from '../../src/domain/views/follow-ups';
import { upcomingSessions } from '../../src/domain/views/sessions';
import { fileType, formatBytes } from '../../src/domain/views/file-info';
import { loadHandbook } from '../../src/source/load-handbook';

// The fixture handbook; its expected facts are listed in test/fixtures/handbook/FACTS.md.
const { handbook, problems } = loadHandbook({
  contentDir: 'test/fixtures/handbook/content',
  publicDir: 'test/fixtures/handbook/public',
  today: '2026-11-22',
});
const index = buildHandbookIndex(handbook, '2026-11-22');
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('derived views of the fixture handbook', () => {
  it('loads without any problem', () => {
    expect(problems).toEqual([]);
  });

  it('orders facilitators by reading', () => {
    expect(ids(index.facilitatorsByKana)).toEqual([
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

  it('derives each facilitator’s dispatch history, guides and senior runs', () => {
    expect(ids(index.assignedRequests('ito-kenji'))).toEqual(['somu-wakate-osm-2026-10']);
    expect(ids(index.assignedRequests('kato-yumi'))).toEqual(['nishi-kosodate-cafe-2026-12']);
    expect(ids(index.reportsNaming('matsui-sayaka'))).toEqual(['bosai-kunren-kentokai-2026', 'somu-gr-2026']);
    expect(ids(index.guidesBy('aoki-miho')).sort()).toEqual(['osm-junbi', 'sponsor-zukuri']);
    expect(ids(index.seniorIn('ito-kenji'))).toEqual(['taiwa-kiso-2025-2']);
  });

  it('derives graduates of each cohort, cohorts and materials of each course', () => {
    expect(ids(index.graduates('taiwa-kiso-2024-1'))).toEqual([
      'aoki-miho',
      'ito-kenji',
      'takahashi-rie',
      'nakajima-aya',
    ]);
    expect(ids(index.graduates('gr-nyumon-2025-1'))).toEqual(['goto-daichi', 'hamada-ken', 'matsui-sayaka']);
    expect(ids(index.cohortsOf('taiwa-kiso'))).toEqual([
      'taiwa-kiso-2024-1',
      'taiwa-kiso-2025-2',
      'taiwa-kiso-2026-3',
    ]);
    expect(ids(index.materialsOf('gr-nyumon'))).toEqual(['gr-nyumon-worksheet']);
  });

  it('counts facilitators of regional offices under their bureau', () => {
    expect(ids(index.facilitatorsOf('kiki-kanri'))).toEqual([
      'kato-yumi',
      'dobashi-shota',
      'nakajima-aya',
      'wakamatsu-nao',
    ]);
    expect(ids(index.facilitatorsOf('kiki-kanri-higashi'))).toEqual(['dobashi-shota', 'wakamatsu-nao']);
    expect(index.facilitatorsOf('nosei')).toEqual([]);
  });

  it('files a report under its request’s department when it names none', () => {
    const report = handbook.reports.find((r) => r.id === 'wakate-osm-2026')!;
    expect(index.reportDepartment(report)).toBe('somu-kikaku');
    expect(ids(index.reportsOn('somu-wakate-osm-2026-10'))).toEqual(['wakate-osm-2026']);
  });

  it('finds every kind of entry by id', () => {
    expect(index.report.get('wakate-osm-2026')?.title).toBe('若手職員のオフサイトミーティング 報告');
    expect(index.guide.get('osm-junbi')?.category).toBe('preparation');
    expect(index.material.get('gr-nyumon-worksheet')?.course).toBe('gr-nyumon');
    expect(index.request.get('kosodate-gr-2026-12')?.host).toBe('yamamoto-takumi');
    expect(index.report.get('nothing')).toBeUndefined();
  });

  it('gives the views pages show, in the order they show them', () => {
    expect(ids(index.openRequests)).toEqual(['kosodate-gr-2026-12', 'kiki-kanri-osm-2027-01']);
    expect(index.staleRequests).toEqual([]);
    expect(ids(index.requestsNeedingSuggestions)).toEqual(['kosodate-gr-2026-12', 'kiki-kanri-osm-2027-01']);
    expect(ids(index.requestsWithStatus('done'))).toEqual([
      'somu-wakate-osm-2026-10',
      'kiki-bosai-kunren-2026-09',
    ]);
    expect(ids(index.requestsWithStatus('matched'))).toEqual([
      'kosodate-hatarakikata-2026-12',
      'somu-gyomu-kaizen-2026-12',
    ]);
    expect(ids(index.recentReports(2))).toEqual(['wakate-osm-2026', 'bosai-kunren-kentokai-2026']);
    expect(index.reportsNewestFirst).toHaveLength(5);
    expect(ids(index.guidesNewestFirst('system'))).toEqual(['hakken-seido']);
    const wakate = index.request.get('somu-wakate-osm-2026-10')!;
    expect(index.firstSession(wakate).date).toBe('2026-10-20');
    expect(index.lastSession(wakate).date).toBe('2026-11-05');
    expect(index.isPast(wakate)).toBe(true);
    expect(index.volunteersOf('kiki-kanri-osm-2027-01')).toEqual(['hamada-ken', 'aoki-miho']);
    expect(index.volunteersOf('unknown')).toEqual([]);
  });

  it("gives a department's region, or the nearest one above it", () => {
    expect(index.regionOf('kiki-kanri-higashi')).toBe('東部');
    expect(index.regionOf('kiki-kanri')).toBeUndefined();
  });

  it('lists follow-ups overdue and due within 30 days', () => {
    const due = followUpsDue(handbook.reports, '2026-11-22');
    expect(due.overdue.map((d) => d.report.id)).toEqual(['bosai-kunren-kentokai-2026']);
    expect(due.upcoming.map((d) => [d.report.id, d.days])).toEqual([['wakate-osm-2026', 23]]);
  });

  it('lists upcoming sessions of requests that are not cancelled', () => {
    const upcoming = upcomingSessions(handbook.requests, '2026-11-22').map((u) => u.request.id);
    expect(upcoming).toContain('kosodate-gr-2026-12');
    expect(upcoming).not.toContain('nishi-kosodate-cafe-2026-12');
    expect(upcoming).not.toContain('somu-wakate-osm-2026-10');
  });
});

describe('file descriptions', () => {
  it('names types and sizes as staff would', () => {
    expect(fileType('materials/a/day1.PDF')).toBe('PDF');
    expect(fileType('materials/sheet.csv')).toBe('CSV');
    expect(formatBytes(820)).toBe('820 B');
    expect(formatBytes(12_600)).toBe('12.3 KB');
    expect(formatBytes(1_468_006)).toBe('1.4 MB');
  });
});
