import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/domain/views/brief';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { loadHandbook } from '../../src/source/load-handbook';

// The fixture handbook; its expected facts are listed in test/fixtures/handbook/FACTS.md.
const { handbook } = loadHandbook({
  contentDir: 'test/fixtures/handbook/content',
  publicDir: 'test/fixtures/handbook/public',
  today: '2026-11-22',
});
const index = buildHandbookIndex(handbook, '2026-11-22');
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('the dispatch brief', () => {
  const brief = buildBrief(index, 'kosodate-hatarakikata-2026-12', '2026-11-22');

  it('names the requesting department and its sessions', () => {
    expect(brief.department?.name).toBe('子ども福祉部');
    expect(brief.sessions).toEqual([
      {
        session: {
          date: '2026-12-03',
          start: '10:00',
          end: '12:00',
          place: '県庁南館 大会議室',
          region: '中央',
        },
        number: 1,
        past: false,
      },
    ]);
  });

  it('gives the host and everyone assigned with their department and contact', () => {
    expect(brief.host).toMatchObject({
      facilitator: { id: 'ito-kenji' },
      department: { id: 'kosodate-fukushi' },
      contact: { email: 'ito-kenji@pref.sakura.example', extension: '3205' },
    });
    expect(brief.assigned.map((p) => [p.facilitator.id, p.department?.name, p.contact?.extension])).toEqual([
      ['nakajima-aya', '危機管理部', '4150'],
      ['sasaki-jun', '職員人材育成センター', '5001'],
    ]);
  });

  it('explains the methods wanted', () => {
    expect(brief.methods).toEqual([
      {
        id: 'world-cafe',
        name: 'ワールドカフェ',
        summary: 'テーブルを移りながら一つの問いで対話をつなぐ',
        guides: [],
      },
    ]);
  });

  it('tells what the department did before', () => {
    expect(ids(brief.pastReports)).toEqual(['kosodate-world-cafe-2026']);
    expect(brief.pastReportCount).toBe(1);
  });

  it('leaves out the report on the request itself and reports after its sessions', () => {
    const bosai = buildBrief(index, 'kiki-bosai-kunren-2026-09', '2026-11-22');
    expect(bosai.pastReports).toEqual([]);
    expect(bosai.sessions[0].past).toBe(true);
    expect(ids(buildBrief(index, 'kiki-kanri-osm-2027-01', '2026-11-22').pastReports)).toEqual([
      'bosai-kunren-kentokai-2026',
    ]);
  });

  it('lists the practice guides of every method wanted once', () => {
    const osm = buildBrief(index, 'kiki-kanri-osm-2027-01', '2026-11-22');
    expect(osm.methods.map((m) => [m.id, ids(m.guides)])).toEqual([
      ['osm', ['osm-junbi']],
      ['kj-method', []],
    ]);
    expect(ids(osm.guides)).toEqual(['osm-junbi']);
    expect(ids(buildBrief(index, 'kosodate-gr-2026-12', '2026-11-22').guides)).toEqual([
      'gr-kiroku-no-kotsu',
    ]);
  });

  it('works before anyone is assigned, and keeps only the newest reports', () => {
    const open = buildBrief(index, 'kosodate-gr-2026-12', '2026-11-22', 0);
    expect(open.assigned).toEqual([]);
    expect(open.host?.facilitator.id).toBe('yamamoto-takumi');
    expect(open.pastReports).toEqual([]);
    expect(open.pastReportCount).toBe(1);
  });

  it('refuses an unknown request', () => {
    expect(() => buildBrief(index, 'no-such-request', '2026-11-22')).toThrow(RangeError);
  });
});
