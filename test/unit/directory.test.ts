import { describe, expect, it } from 'vitest';
import { directoryFor, directoryRows } from '../../src/domain/directory/directory';
import { buildMatchingContext } from '../../src/domain/matching/context';
import { facilitator, handbook, request } from './helpers/handbook-builder';

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
const context = buildMatchingContext(content);

describe('the dispatch directory', () => {
  it('lists every available facilitator in kana order with what the directory shows', () => {
    const rows = directoryRows(context, TODAY);
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
    const ito = directoryRows(context, TODAY).find(({ facilitator }) => facilitator.id === 'ito')!;
    expect(ito.load).toEqual({ quarter: '2026Q3', count: 1, max: 1 });
    expect(ito.hasCapacity).toBe(false);
    expect(
      directoryRows(context, '2027-02-01').find(({ facilitator }) => facilitator.id === 'ito')!.load,
    ).toEqual({ quarter: '2026Q4', count: 0, max: 1 });
  });

  it('gives a department the facilitators of other organisations only', () => {
    const ids = (departmentId: string) =>
      directoryFor(departmentId, context, TODAY).map(({ facilitator }) => facilitator.id);
    expect(ids('kenko-fukushi')).toEqual(['ito', 'ueda']);
    expect(ids('kenko-fukushi-hokubu')).toEqual(['ito', 'ueda']);
    expect(ids('kendo-seibi')).toEqual(['regional', 'host', 'ueda']);
    expect(ids('somu')).toEqual(['regional', 'ito', 'host', 'ueda']);
  });
});
