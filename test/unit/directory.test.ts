import { describe, expect, it } from 'vitest';
import { directoryFor, directoryMonths, directoryRows, openIn } from '../../src/domain/directory/directory';
import { facilitator, handbook, request, matchingOf } from './helpers/handbook-builder';

const TODAY = '2026-11-22';
const content = handbook({
  facilitators: [
    facilitator('ueda', {
      kana: 'うえだ',
      department: 'kankyo-seikatsu',
      methods: ['osm'],
      roles: ['facilitator', 'senior'],
      dispatch: { regions: ['北部'] },
    }),
    facilitator('ito', { kana: 'いとう', department: 'kendo-seibi-nanbu', dispatch: { maxPerQuarter: 1 } }),
    facilitator('regional', { kana: 'あべ', department: 'kenko-fukushi-hokubu' }),
    facilitator('off', { kana: 'おの', department: 'somu', dispatch: { available: false } }),
  ],
  requests: [
    request('q3', {
      department: 'somu',
      status: 'matched',
      assigned: ['ito', 'ueda'],
      sessions: [{ date: '2026-10-20' }],
    }),
    request('q4', {
      department: 'somu',
      status: 'matched',
      assigned: ['ueda'],
      sessions: [{ date: '2027-01-20' }],
    }),
    request('gone', {
      department: 'somu',
      status: 'cancelled',
      assigned: ['ueda'],
      sessions: [{ date: '2026-11-20' }],
    }),
  ],
});
const context = matchingOf(content, TODAY);

describe('the dispatch directory', () => {
  it('lists every available facilitator in kana order with what the directory shows', () => {
    const rows = directoryRows(context);
    expect(rows.map(({ facilitator }) => facilitator.id)).toEqual(['regional', 'ito', 'host', 'ueda']);
    expect(rows.find(({ facilitator }) => facilitator.id === 'ueda')).toMatchObject({
      department: { id: 'kankyo-seikatsu', name: '環境生活部' },
      organisation: { id: 'kankyo-seikatsu', name: '環境生活部' },
      methods: [{ id: 'osm', name: 'オフサイトミーティング' }],
      regions: ['北部'],
      roles: ['facilitator', 'senior'],
      load: { quarter: '2026Q3', count: 1, max: 2 },
      hasCapacity: true,
    });
  });

  it('counts the load in the quarter of today and says who is full', () => {
    const ito = directoryRows(context).find(({ facilitator }) => facilitator.id === 'ito')!;
    expect(ito.load).toEqual({ quarter: '2026Q3', count: 1, max: 1 });
    expect(ito.hasCapacity).toBe(false);
    expect(
      directoryRows(matchingOf(content, '2027-02-01')).find(({ facilitator }) => facilitator.id === 'ito')!
        .load,
    ).toEqual({ quarter: '2026Q4', count: 0, max: 1 });
  });

  it('gives a department the facilitators of other organisations only', () => {
    const ids = (departmentId: string) =>
      directoryFor(departmentId, context).map(({ facilitator }) => facilitator.id);
    expect(ids('kenko-fukushi')).toEqual(['ito', 'ueda']);
    expect(ids('kenko-fukushi-hokubu')).toEqual(['ito', 'ueda']);
    expect(ids('kendo-seibi')).toEqual(['regional', 'host', 'ueda']);
    expect(ids('somu')).toEqual(['regional', 'ito', 'host', 'ueda']);
  });
});

describe('the directory month by month', () => {
  const people = handbook({
    facilitators: [
      facilitator('full', { kana: 'あ', department: 'kankyo-seikatsu', dispatch: { maxPerQuarter: 1 } }),
      facilitator('fishing', {
        kana: 'い',
        department: 'kankyo-seikatsu',
        dispatch: { unavailableMonths: [3, 4] },
      }),
      facilitator('leave', {
        kana: 'う',
        department: 'kankyo-seikatsu',
        dispatch: {
          away: [
            { from: '2027-01-01', to: '2027-02-28', note: '育児休業' },
            { from: '2027-06-10', to: '2027-06-20', note: '長期研修' },
          ],
        },
      }),
    ],
    requests: [
      request('q3', {
        department: 'somu',
        status: 'matched',
        assigned: ['full'],
        sessions: [{ date: '2026-12-01' }],
      }),
      request('q1', {
        department: 'somu',
        status: 'matched',
        assigned: ['full'],
        sessions: [{ date: '2027-04-01' }],
      }),
    ],
  });
  const rows = directoryRows(matchingOf(people, TODAY));
  const row = (id: string) => rows.find(({ facilitator }) => facilitator.id === id)!;
  const month = (id: string, key: string) => row(id).months.find((opening) => opening.month === key)!;

  it('covers this month and the next twelve', () => {
    expect(directoryMonths(TODAY)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
    ]);
    expect(row('full').months.map((opening) => opening.month)).toEqual(directoryMonths(TODAY));
    expect(directoryMonths('2027-12-31').slice(0, 3)).toEqual(['2027-12', '2028-01', '2028-02']);
  });

  it("applies the limit of each month's fiscal quarter, across the fiscal year", () => {
    expect(month('full', '2026-12')).toEqual({
      month: '2026-12',
      quarter: '2026Q3',
      open: false,
      note: '2026年度 第3四半期の派遣が上限（1/1）',
    });
    expect(month('full', '2027-01')).toMatchObject({ quarter: '2026Q4', open: true });
    expect(month('full', '2027-03')).toMatchObject({ quarter: '2026Q4', open: true });
    expect(month('full', '2027-04')).toMatchObject({ quarter: '2027Q1', open: false });
    expect(row('full').quarters).toEqual([
      { quarter: '2026Q3', count: 1, max: 1, remaining: 0 },
      { quarter: '2026Q4', count: 0, max: 1, remaining: 1 },
      { quarter: '2027Q1', count: 1, max: 1, remaining: 0 },
      { quarter: '2027Q2', count: 0, max: 1, remaining: 1 },
      { quarter: '2027Q3', count: 0, max: 1, remaining: 1 },
    ]);
  });

  it('closes the months they never go', () => {
    expect(month('fishing', '2027-03')).toMatchObject({ open: false, note: '3月は派遣できない月' });
    expect(month('fishing', '2027-02').open).toBe(true);
    expect(month('fishing', '2027-05').open).toBe(true);
  });

  it('closes a month they are away all of, and says the days away in a month they are away part of', () => {
    expect(month('leave', '2026-12').open).toBe(true);
    expect(month('leave', '2027-01')).toMatchObject({ open: false, note: '育児休業中（2027年2月28日まで）' });
    expect(month('leave', '2027-02').open).toBe(false);
    expect(month('leave', '2027-03').open).toBe(true);
    expect(month('leave', '2027-06')).toMatchObject({
      open: true,
      note: '2027年6月10日〜2027年6月20日は長期研修',
    });
  });

  it('lists who can go in a month', () => {
    const ids = (key: string) => openIn(rows, key).map(({ facilitator }) => facilitator.id);
    expect(ids('2026-12')).toEqual(['fishing', 'host', 'leave']);
    expect(ids('2027-02')).toEqual(['full', 'fishing', 'host']);
    expect(ids('2027-04')).toEqual(['host', 'leave']);
  });

  it('words the limits of their availability', () => {
    expect(row('fishing').availability).toEqual(['3・4月は不可']);
    expect(row('leave').availability).toEqual([
      '2027年1月1日〜2027年2月28日 育児休業',
      '2027年6月10日〜2027年6月20日 長期研修',
    ]);
    expect(row('full').availability).toEqual([]);
  });
});
