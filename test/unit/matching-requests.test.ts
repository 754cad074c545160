import { describe, expect, it } from 'vitest';
import { handbook, indexOf, request } from './helpers/handbook-builder';

describe('requests that need suggestions', () => {
  it('are the open ones and the matched ones still short of people, earliest first', () => {
    const requests = [
      request('open-late', { sessions: [{ date: '2027-01-20' }] }),
      request('short', { status: 'matched', needed: 2, assigned: ['a'], sessions: [{ date: '2026-12-01' }] }),
      request('full', { status: 'matched', needed: 1, assigned: ['a'] }),
      request('done', { status: 'done', assigned: ['a'], sessions: [{ date: '2026-05-01' }] }),
      request('cancelled', { status: 'cancelled' }),
      request('open-early', { sessions: [{ date: '2027-02-01' }, { date: '2026-11-05' }] }),
    ];
    const index = indexOf(handbook({ requests }));
    expect(index.requestsNeedingSuggestions.map(({ id }) => id)).toEqual([
      'open-early',
      'short',
      'open-late',
    ]);
  });
});

describe('open requests and stale ones', () => {
  const index = indexOf(
    handbook({
      requests: [
        request('ahead', { sessions: [{ date: '2026-12-10' }] }),
        request('today', { sessions: [{ date: '2026-11-01' }, { date: '2026-11-22' }] }),
        request('stale', { sessions: [{ date: '2026-11-01' }, { date: '2026-11-21' }] }),
        request('short-past', {
          status: 'matched',
          needed: 2,
          assigned: ['a'],
          sessions: [{ date: '2026-10-01' }],
        }),
      ],
    }),
    '2026-11-22',
  );

  it('asks for help only while a session is still to come (today counts)', () => {
    expect(index.openRequests.map(({ id }) => id)).toEqual(['today', 'ahead']);
    expect(index.staleRequests.map(({ id }) => id)).toEqual(['stale']);
    expect(index.requestsNeedingSuggestions.map(({ id }) => id)).toEqual(['today', 'ahead']);
    expect(index.needsSuggestions(index.request.get('short-past')!)).toBe(false);
    expect(index.isPast(index.request.get('stale')!)).toBe(true);
    expect(index.isPast(index.request.get('today')!)).toBe(false);
  });
});
