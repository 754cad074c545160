import { describe, expect, it } from 'vitest';
import { coordinatorBoard } from '../../src/domain/views/coordinator-board';
import { cohort, facilitator, handbook, indexOf, report, request } from './helpers/handbook-builder';

// Today 2026-11-22 (fiscal 2026Q3); the host of every request is `host`, in 健康福祉部.
const content = handbook({
  cohorts: [cohort('osm-1', { start: '2025-05-01', end: '2025-09-30' })],
  facilitators: [
    facilitator('busy', { kana: 'あ', department: 'kankyo-seikatsu', dispatch: { maxPerQuarter: 1 } }),
    facilitator('over', { kana: 'い', department: 'kankyo-seikatsu', dispatch: { maxPerQuarter: 1 } }),
    facilitator('fresh', { kana: 'う', department: 'somu', cohort: 'osm-1' }),
    facilitator('unlisted', {
      kana: 'え',
      department: 'somu',
      cohort: 'osm-1',
      dispatch: { available: false },
    }),
    facilitator('rested', { kana: 'お', department: 'kendo-seibi-nanbu' }),
    facilitator('self-taught', { kana: 'か', department: 'somu' }),
  ],
  requests: [
    request('soon', { needed: 2, volunteers: ['fresh', 'over'], sessions: [{ date: '2026-11-25' }] }),
    request('later', {
      status: 'matched',
      needed: 2,
      assigned: ['busy'],
      approval: 'approved',
      volunteers: ['busy'],
      sessions: [{ date: '2027-01-20' }],
    }),
    request('stale', { sessions: [{ date: '2026-11-01' }] }),
    request('held-unreported', {
      department: 'somu',
      status: 'matched',
      assigned: ['busy'],
      sessions: [{ date: '2026-10-01' }],
    }),
    request('reported', {
      department: 'somu',
      status: 'done',
      assigned: ['over'],
      sessions: [{ date: '2026-10-05' }],
    }),
    request('second', {
      department: 'somu',
      status: 'matched',
      assigned: ['over'],
      sessions: [{ date: '2026-12-20' }],
    }),
    request('long-ago', {
      department: 'somu',
      status: 'done',
      assigned: ['rested'],
      sessions: [{ date: '2025-06-01' }],
    }),
  ],
  reports: [
    report('on-reported', {
      request: 'reported',
      department: undefined,
      date: '2026-10-05',
      facilitators: ['over'],
    }),
    report('on-long-ago', {
      request: 'long-ago',
      department: undefined,
      date: '2025-06-01',
      facilitators: ['rested'],
    }),
    report('overdue', { date: '2026-06-01', followUp: { date: '2026-11-01', note: '次の会を開く' } }),
  ],
});
const board = coordinatorBoard(indexOf(content));

describe('the coordinator board', () => {
  it('lists requests asking for people by days to the first session, stale ones first', () => {
    expect(
      board.openRequests.map(({ request, days, assigned, needed, offersWaiting, approval, stale }) => [
        request.id,
        days,
        `${assigned}/${needed}`,
        offersWaiting,
        approval,
        stale,
      ]),
    ).toEqual([
      ['stale', -21, '0/1', 0, 'pending', true],
      ['soon', 3, '0/2', 2, 'pending', false],
      ['later', 59, '1/2', 0, 'approved', false],
    ]);
  });

  it('lists offers waiting for a decision, with the hard rules that rule one out', () => {
    expect(
      board.offersWaiting.map(({ request, facilitator, ruledOut }) => [request.id, facilitator.id, ruledOut]),
    ).toEqual([
      ['soon', 'over', ['2026年度 第3四半期の派遣が上限（2/1）']],
      ['soon', 'fresh', []],
    ]);
  });

  it('lists held requests without a report and overdue follow-ups', () => {
    expect(board.unreported.map(({ request, held }) => [request.id, held])).toEqual([
      ['held-unreported', '2026-10-01'],
    ]);
    expect(board.overdueFollowUps.map(({ report }) => report.id)).toEqual(['overdue']);
  });

  it('lists who is at or over the limit this quarter', () => {
    expect(board.quarter).toBe('2026Q3');
    expect(board.atLimit.map(({ facilitator, count, max }) => [facilitator.id, count, max])).toEqual([
      ['busy', 1, 1],
      ['over', 2, 1],
    ]);
  });

  it('lists available graduates never dispatched and people not dispatched for twelve months', () => {
    expect(board.neverDispatched.map(({ id }) => id)).toEqual(['fresh']);
    expect(
      board.notDispatchedForAYear.map(({ facilitator, lastHeld }) => [facilitator.id, lastHeld]),
    ).toEqual([['rested', '2025-06-01']]);
  });

  it('lists organisations that never received anyone, and those that never sent anyone', () => {
    // 健康福祉部's requests have someone assigned only on `later`; 環境生活部 asked for nothing.
    expect(board.neverReceived.map(({ department }) => department.id)).toEqual([
      'kankyo-seikatsu',
      'kendo-seibi',
    ]);
    expect(board.neverSent.map(({ department, facilitators }) => [department.id, facilitators])).toEqual([
      ['kenko-fukushi', 1],
      ['somu', 3],
    ]);
  });
});
