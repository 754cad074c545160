import { describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/domain/handbook';
import { buildMatchingContext } from '../../src/domain/matching/context';
import { exclusionsFor } from '../../src/domain/matching/exclusions';
import { planRequest } from '../../src/domain/matching/plan';
import { suggestForRequest } from '../../src/domain/matching/suggest';
import { facilitator, handbook, request } from './helpers/handbook-builder';

/** Suggestions for the handbook's first request: ids suggested, and reasons by excluded id. */
function match(content: Handbook, requestId = content.requests[0].id) {
  const context = buildMatchingContext(content);
  const { suggestions, excluded } = suggestForRequest(
    content.requests.find(({ id }) => id === requestId)!,
    context,
  );
  return {
    suggested: suggestions.map(({ facilitator }) => facilitator.id),
    excluded: Object.fromEntries(excluded.map(({ facilitator, reasons }) => [facilitator.id, reasons])),
  };
}

const helper = (id: string, data: Parameters<typeof facilitator>[1] = {}) =>
  facilitator(id, { department: 'kankyo-seikatsu', ...data });

describe('who is excluded from a request', () => {
  it('excludes the host', () => {
    const { excluded, suggested } = match(handbook({ requests: [request('r', { department: 'somu' })] }));
    expect(excluded.host).toEqual(['依頼者本人']);
    expect(suggested).not.toContain('host');
  });

  it('excludes the requesting organisation, regional offices included, named by its root', () => {
    const content = handbook({
      facilitators: [
        facilitator('same-bureau', { department: 'kenko-fukushi' }),
        facilitator('regional', { department: 'kenko-fukushi-hokubu' }),
        helper('other'),
      ],
      requests: [request('r')],
    });
    const { excluded, suggested } = match(content);
    expect(excluded['same-bureau']).toEqual(['依頼元と同じ組織（健康福祉部）']);
    expect(excluded.regional).toEqual(['依頼元と同じ組織（健康福祉部）']);
    expect(suggested).toEqual(['other']);
  });

  it('excludes the bureau from a request of its regional office', () => {
    const content = handbook({
      facilitators: [facilitator('bureau', { department: 'kendo-seibi' })],
      requests: [request('r', { department: 'kendo-seibi-nanbu' })],
    });
    expect(match(content).excluded.bureau).toEqual(['依頼元と同じ組織（県土整備部）']);
  });

  it('excludes those not available for dispatch', () => {
    const content = handbook({
      facilitators: [helper('off', { dispatch: { available: false } }), helper('on')],
      requests: [request('r')],
    });
    const { excluded, suggested } = match(content);
    expect(excluded.off).toEqual(['派遣不可に設定']);
    expect(suggested).toEqual(['on']);
  });

  describe('dispatches per fiscal quarter', () => {
    const busy = helper('busy', { dispatch: { maxPerQuarter: 2 } });
    const earlier = (id: string, date: string, status: 'matched' | 'done' | 'cancelled' = 'matched') =>
      request(id, { department: 'somu', host: 'host', status, assigned: ['busy'], sessions: [{ date }] });

    it('excludes someone with maxPerQuarter dispatches in the quarter of the session', () => {
      const content = handbook({
        facilitators: [busy],
        requests: [request('r'), earlier('a', '2026-10-05'), earlier('b', '2026-12-24')],
      });
      expect(match(content).excluded.busy).toEqual(['2026年度 第3四半期の派遣が上限（2/2）']);
    });

    it('does not count cancelled requests or other quarters', () => {
      const content = handbook({
        facilitators: [busy],
        requests: [
          request('r'),
          earlier('a', '2026-10-05'),
          earlier('b', '2026-12-24', 'cancelled'),
          earlier('c', '2027-01-10'),
        ],
      });
      expect(match(content).suggested).toContain('busy');
    });

    it('checks the quarter of every session and says which', () => {
      const content = handbook({
        facilitators: [busy],
        requests: [
          request('r', { sessions: [{ date: '2026-12-10' }, { date: '2027-01-14' }] }),
          earlier('a', '2027-01-05'),
          earlier('b', '2027-02-24'),
        ],
      });
      expect(match(content).excluded.busy).toEqual(['2026年度 第4四半期の派遣が上限（2/2）']);
    });

    it('says it once when two sessions fall in the same full quarter', () => {
      const content = handbook({
        facilitators: [busy],
        requests: [
          request('r', { sessions: [{ date: '2026-12-10' }, { date: '2026-12-17' }] }),
          earlier('a', '2026-10-05'),
          earlier('b', '2026-11-05'),
        ],
      });
      expect(match(content).excluded.busy).toEqual(['2026年度 第3四半期の派遣が上限（2/2）']);
    });

    it('does not count the request itself against someone assigned to it', () => {
      const content = handbook({
        facilitators: [busy],
        requests: [
          request('r', { status: 'matched', assigned: ['busy'], needed: 2 }),
          earlier('a', '2026-10-05'),
        ],
      });
      const context = buildMatchingContext(content);
      const ruledOut = exclusionsFor(planRequest(content.requests[0], context), context);
      expect(ruledOut.reasonsOf(context.indexOf.get('busy')!)).toBeUndefined();
    });

    it('excludes someone whose limit is 0', () => {
      const content = handbook({
        facilitators: [helper('none', { dispatch: { maxPerQuarter: 0 } })],
        requests: [request('r')],
      });
      expect(match(content).excluded.none).toEqual(['2026年度 第3四半期の派遣が上限（0/0）']);
    });
  });

  describe('time on the same date', () => {
    const elsewhere = (start: string, end: string, data: Parameters<typeof request>[1] = {}) =>
      request('elsewhere', {
        department: 'somu',
        status: 'matched',
        assigned: ['busy'],
        sessions: [{ date: '2026-12-10', start, end }],
        ...data,
      });
    const content = (other: ReturnType<typeof request>, mine = request('r')) =>
      handbook({
        facilitators: [helper('busy', { dispatch: { maxPerQuarter: 4 } })],
        requests: [mine, other],
      });

    it('excludes someone assigned elsewhere at an overlapping time', () => {
      expect(match(content(elsewhere('13:00', '15:00'))).excluded.busy).toEqual([
        '同じ時間帯に別の派遣（12月10日 13:00〜15:00: elsewhere）',
      ]);
    });

    it('allows back-to-back sessions, other dates and cancelled requests', () => {
      expect(match(content(elsewhere('09:30', '13:30'))).suggested).toContain('busy');
      expect(
        match(
          content(
            elsewhere('13:00', '15:00', { sessions: [{ date: '2026-12-11', start: '13:00', end: '15:00' }] }),
          ),
        ).suggested,
      ).toContain('busy');
      expect(match(content(elsewhere('13:00', '15:00', { status: 'cancelled' }))).suggested).toContain(
        'busy',
      );
    });

    it('checks every session and names the date', () => {
      const mine = request('r', {
        sessions: [{ date: '2026-12-03' }, { date: '2026-12-10', start: '14:00', end: '15:00' }],
      });
      expect(match(content(elsewhere('13:00', '15:00'), mine)).excluded.busy).toEqual([
        '同じ時間帯に別の派遣（12月10日 13:00〜15:00: elsewhere）',
      ]);
    });
  });

  describe('regions', () => {
    const north = helper('north', { dispatch: { regions: ['北部', '中部'] } });
    const anywhere = helper('anywhere');

    it('excludes someone whose regions leave out the region of the session', () => {
      const { excluded, suggested } = match(
        handbook({
          facilitators: [north, anywhere],
          requests: [request('r', { sessions: [{ region: '南部' }] })],
        }),
      );
      expect(excluded.north).toEqual(['開催地域（南部）が移動可能地域外']);
      expect(suggested).toEqual(['anywhere']);
    });

    it('lets anyone go to a session without a region, or to one in their regions', () => {
      expect(match(handbook({ facilitators: [north], requests: [request('r')] })).suggested).toEqual([
        'north',
      ]);
      expect(
        match(
          handbook({ facilitators: [north], requests: [request('r', { sessions: [{ region: '中部' }] })] }),
        ).suggested,
      ).toEqual(['north']);
    });

    it('names the session by its date when there are several', () => {
      const content = handbook({
        facilitators: [north],
        requests: [request('r', { sessions: [{ region: '北部' }, { date: '2026-12-17', region: '南部' }] })],
      });
      expect(match(content).excluded.north).toEqual(['12月17日の開催地域（南部）が移動可能地域外']);
    });
  });

  it('lists every reason that holds', () => {
    const content = handbook({
      facilitators: [
        facilitator('all', {
          department: 'kenko-fukushi-hokubu',
          dispatch: { available: false, regions: ['北部'] },
        }),
      ],
      requests: [request('r', { sessions: [{ region: '南部' }] })],
    });
    expect(match(content).excluded.all).toEqual([
      '依頼元と同じ組織（健康福祉部）',
      '派遣不可に設定',
      '開催地域（南部）が移動可能地域外',
    ]);
  });

  it('leaves those already assigned out of both lists', () => {
    const content = handbook({
      facilitators: [helper('in'), helper('out')],
      requests: [request('r', { status: 'matched', assigned: ['in'], needed: 2 })],
    });
    const { excluded, suggested } = match(content);
    expect(suggested).toEqual(['out']);
    expect(Object.keys(excluded)).toEqual(['host']);
  });
});
