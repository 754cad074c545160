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
