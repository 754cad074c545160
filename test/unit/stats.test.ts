import { describe, expect, it } from 'vitest';
import { facilitatorsPerCohort } from '../../src/domain/stats/cohorts';
import { dispatchesByDepartmentAndQuarter } from '../../src/domain/stats/dispatches';
import { reportsPerMonth } from '../../src/domain/stats/reports';
import { cohort, course, facilitator, handbook, report, request } from './helpers/handbook-builder';

describe('dispatches per department and quarter', () => {
  const content = handbook({
    facilitators: [
      facilitator('kankyo', { department: 'kankyo-seikatsu' }),
      facilitator('nanbu', { department: 'kendo-seibi-nanbu' }),
    ],
    requests: [
      // Two sessions in one quarter are one dispatch there; a third in the next quarter is another.
      request('a', {
        status: 'done',
        assigned: ['kankyo'],
        sessions: [{ date: '2026-04-10' }, { date: '2026-05-10' }, { date: '2026-07-10' }],
      }),
      request('b', {
        department: 'kenko-fukushi-hokubu',
        status: 'matched',
        assigned: ['kankyo', 'nanbu'],
        sessions: [{ date: '2027-01-15' }],
      }),
      request('gone', { status: 'cancelled', assigned: ['nanbu'], sessions: [{ date: '2026-04-20' }] }),
    ],
  });
  const table = dispatchesByDepartmentAndQuarter(content);

  it('has every quarter from the first dispatch to the last', () => {
    expect(table.quarters).toEqual([
      { key: '2026Q1', label: '2026年度 第1四半期' },
      { key: '2026Q2', label: '2026年度 第2四半期' },
      { key: '2026Q3', label: '2026年度 第3四半期' },
      { key: '2026Q4', label: '2026年度 第4四半期' },
    ]);
  });

  it('counts what each department received and sent, cancelled requests left out', () => {
    const row = (id: string) => table.rows.find((entry) => entry.id === id);
    expect(table.rows.map(({ id }) => id)).toEqual(content.departments.map(({ id }) => id));
    expect(row('kenko-fukushi')).toEqual({
      id: 'kenko-fukushi',
      name: '健康福祉部',
      received: [1, 1, 0, 0],
      sent: [0, 0, 0, 0],
    });
    expect(row('kenko-fukushi-hokubu')!.received).toEqual([0, 0, 0, 2]);
    expect(row('kankyo-seikatsu')!.sent).toEqual([1, 1, 0, 1]);
    expect(row('kendo-seibi-nanbu')!.sent).toEqual([0, 0, 0, 1]);
  });

  it('is empty without dispatches', () => {
    expect(dispatchesByDepartmentAndQuarter(handbook()).quarters).toEqual([]);
  });
});

describe('reports per month', () => {
  it('counts reports and participants for every month from the first to the last', () => {
    const reports = [
      report('a', { date: '2026-11-03', participants: 12 }),
      report('b', { date: '2027-01-20', participants: 8 }),
      report('c', { date: '2026-11-28', participants: 5 }),
    ];
    expect(reportsPerMonth({ reports })).toEqual([
      { month: '2026-11', label: '2026年11月', reports: 2, participants: 17 },
      { month: '2026-12', label: '2026年12月', reports: 0, participants: 0 },
      { month: '2027-01', label: '2027年1月', reports: 1, participants: 8 },
    ]);
    expect(reportsPerMonth({ reports: [] })).toEqual([]);
  });
});

describe('facilitators per cohort', () => {
  it('counts graduates and seniors of each run, earliest first, and those without a run', () => {
    const content = handbook({
      courses: [course('osm-facilitator', 'OSM世話人養成講座')],
      cohorts: [
        cohort('osm-2025-2', { number: 2, start: '2025-05-01', seniors: ['a'] }),
        cohort('osm-2024-1', { start: '2024-05-01' }),
      ],
      facilitators: [
        facilitator('a', { cohort: 'osm-2024-1' }),
        facilitator('b', { cohort: 'osm-2024-1' }),
        facilitator('c', { cohort: 'osm-2025-2' }),
      ],
    });
    const { rows, withoutCohort } = facilitatorsPerCohort(content);
    expect(
      rows.map(({ cohort, course, graduates, seniors }) => [cohort.id, course, graduates, seniors]),
    ).toEqual([
      ['osm-2024-1', 'OSM世話人養成講座', 2, 0],
      ['osm-2025-2', 'OSM世話人養成講座', 1, 1],
    ]);
    // The standard host has no cohort.
    expect(withoutCohort).toBe(1);
  });
});
