import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/handbook';
import { followUpsDue } from '../../src/domain/views/follow-ups';

const report = (id: string, date?: string) =>
  ({
    id,
    title: id,
    department: 'somu',
    date: '2026-01-01',
    facilitators: ['a'],
    participants: 1,
    methods: [],
    outcomes: [],
    source: { file: `reports/${id}.mdx`, path: [] },
    ...(date && { followUp: { date, note: `${id} の次の一歩` } }),
  }) as Report;

describe('follow-ups due', () => {
  const due = followUpsDue(
    [
      report('later', '2026-12-23'),
      report('edge', '2026-12-22'),
      report('today', '2026-11-22'),
      report('late', '2026-11-21'),
      report('none'),
    ],
    '2026-11-22',
  );

  it('lists those due from today to 30 days ahead, soonest first', () => {
    expect(due.upcoming.map((d) => [d.report.id, d.days])).toEqual([
      ['today', 0],
      ['edge', 30],
    ]);
  });

  it('lists every overdue one, however old', () => {
    expect(
      followUpsDue([report('old', '2020-01-01'), report('late', '2026-11-21')], '2026-11-22').overdue.map(
        (d) => [d.report.id, d.days],
      ),
    ).toEqual([
      ['old', -2517],
      ['late', -1],
    ]);
    expect(due.overdue.map((d) => d.note)).toEqual(['late の次の一歩']);
  });
});
