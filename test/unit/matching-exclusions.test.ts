import { describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/domain/handbook';
import { exclusionsFor, reasonsOf } from '../../src/domain/matching/exclusions';
import { planRequest } from '../../src/domain/matching/plan';
import { suggestForRequest } from '../../src/domain/matching/suggest';
import { department, facilitator, handbook, matchingOf, request } from './helpers/handbook-builder';

/** Suggestions for the handbook's first request: ids suggested, and reasons by excluded id. */
function match(content: Handbook, requestId = content.requests[0].id) {
  const context = matchingOf(content);
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
      const context = matchingOf(content);
      const ruledOut = exclusionsFor(planRequest(content.requests[0], context), context);
      expect(reasonsOf(ruledOut, context.indexOf.get('busy')!)).toBeUndefined();
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

  describe('hosting another request at the same time', () => {
    const ownRequest = (start: string, end: string, status: 'open' | 'matched' | 'cancelled' = 'open') =>
      request('own', {
        department: 'kankyo-seikatsu',
        host: 'busy',
        status,
        ...(status === 'matched' && { assigned: ['someone'] }),
        sessions: [{ date: '2026-12-10', start, end }],
      });
    const content = (other: ReturnType<typeof request>) =>
      handbook({ facilitators: [helper('busy'), helper('someone')], requests: [request('r'), other] });

    it('is busy as when dispatched, and says it is their own request', () => {
      expect(match(content(ownRequest('15:00', '17:00'))).excluded.busy).toEqual([
        '同じ時間帯に自分の依頼の回（12月10日 15:00〜17:00: own）',
      ]);
    });

    it('is free when the times only touch, and when the request is cancelled', () => {
      expect(match(content(ownRequest('16:30', '18:00'))).suggested).toContain('busy');
      expect(match(content(ownRequest('11:00', '13:30'))).suggested).toContain('busy');
      expect(match(content(ownRequest('15:00', '17:00', 'cancelled'))).suggested).toContain('busy');
    });
  });

  describe('a session without a region', () => {
    const north = helper('north', { dispatch: { regions: ['北部'] } });
    const south = helper('south', { dispatch: { regions: ['南部'] } });

    it("is held in its department's region", () => {
      const content = handbook({
        facilitators: [north, south],
        requests: [request('r', { department: 'kendo-seibi-nanbu' })],
      });
      expect(match(content).excluded.north).toEqual(['開催地域（南部）が移動可能地域外']);
      expect(match(content).suggested).toEqual(['south']);
    });

    it('follows `parent` when the office has no region, and is anywhere when none has', () => {
      const content = handbook({
        departments: [
          department({ id: 'kita', name: '北部局', kind: 'bureau', region: '北部' }),
          department({ id: 'kita-shisho', name: '北部局 支所', kind: 'office', parent: 'kita' }),
          department({ id: 'nowhere', name: '本庁', kind: 'bureau' }),
        ],
        facilitators: [north, south],
        requests: [request('r', { department: 'kita-shisho' }), request('r2', { department: 'nowhere' })],
      });
      expect(match(content).excluded.south).toEqual(['開催地域（北部）が移動可能地域外']);
      expect(match(content, 'r2').suggested).toEqual(['north', 'south']);
    });

    it("is overridden by the session's own region", () => {
      const content = handbook({
        facilitators: [north, south],
        requests: [request('r', { department: 'kendo-seibi-nanbu', sessions: [{ region: '北部' }] })],
      });
      expect(match(content).suggested).toEqual(['north']);
    });
  });

  describe('time of day', () => {
    const morning = helper('morning', { dispatch: { timeOfDay: 'morning' } });
    const afternoon = helper('afternoon', { dispatch: { timeOfDay: 'afternoon' } });
    const at = (start: string, end: string) =>
      handbook({
        facilitators: [morning, afternoon],
        requests: [request('r', { sessions: [{ start, end }] })],
      });

    it('takes morning people for sessions ending by 13:00, afternoon people from 12:00', () => {
      expect(match(at('09:00', '13:00')).suggested).toEqual(['morning']);
      expect(match(at('09:00', '13:00')).excluded.afternoon).toEqual(['午後のみ（この回は09:00〜13:00）']);
      expect(match(at('12:00', '16:00')).suggested).toEqual(['afternoon']);
      expect(match(at('13:30', '16:30')).excluded.morning).toEqual(['午前のみ（この回は13:30〜16:30）']);
      expect(match(at('12:00', '13:00')).suggested).toEqual(['afternoon', 'morning']);
      expect(match(at('11:59', '13:01')).suggested).toEqual([]);
    });

    it('names the session by its date when there are several', () => {
      const content = handbook({
        facilitators: [morning],
        requests: [
          request('r', {
            sessions: [
              { date: '2026-12-03', start: '09:00', end: '12:00' },
              { date: '2026-12-10', start: '13:30', end: '15:00' },
            ],
          }),
        ],
      });
      expect(match(content).excluded.morning).toEqual(['午前のみ（12月10日の回は13:30〜15:00）']);
    });
  });

  describe('days of the week', () => {
    // 2026-12-10 is a Thursday.
    const weekdays = helper('mwf', { dispatch: { weekdays: ['fri', 'mon', 'wed'] } });

    it('excludes a session on a day they do not go, naming their days and the day', () => {
      const content = handbook({ facilitators: [weekdays], requests: [request('r')] });
      expect(match(content).excluded.mwf).toEqual(['月・水・金曜のみ（12月10日は木曜）']);
    });

    it('allows a session on one of their days, and anyone without weekdays any day', () => {
      const content = handbook({
        facilitators: [weekdays, helper('any')],
        requests: [request('r', { sessions: [{ date: '2026-12-11' }] })],
      });
      expect(match(content).suggested).toEqual(['any', 'mwf']);
    });
  });

  describe('months they never go', () => {
    const content = (date: string) =>
      handbook({
        facilitators: [helper('fishing', { dispatch: { unavailableMonths: [5, 9] } })],
        requests: [request('r', { sessions: [{ date }] })],
      });

    it('excludes a session in one of those months, every year, to the first and last day', () => {
      expect(match(content('2027-05-01')).excluded.fishing).toEqual(['5月は派遣できない月']);
      expect(match(content('2027-09-30')).excluded.fishing).toEqual(['9月は派遣できない月']);
      expect(match(content('2028-05-15')).excluded.fishing).toEqual(['5月は派遣できない月']);
    });

    it('allows the days just outside them', () => {
      expect(match(content('2027-04-30')).suggested).toEqual(['fishing']);
      expect(match(content('2027-06-01')).suggested).toEqual(['fishing']);
    });
  });

  describe('dated absences', () => {
    const away = helper('away', {
      dispatch: {
        away: [
          { from: '2026-12-01', to: '2027-03-31', note: '育児休業' },
          { from: '2027-06-01', to: '2027-06-30' },
        ],
      },
    });
    const on = (date: string) =>
      match(handbook({ facilitators: [away], requests: [request('r', { sessions: [{ date }] })] }));

    it('excludes a session from the first to the last day away, with the reason and until when', () => {
      expect(on('2026-12-01').excluded.away).toEqual(['育児休業中（2027年3月31日まで）']);
      expect(on('2027-03-31').excluded.away).toEqual(['育児休業中（2027年3月31日まで）']);
      expect(on('2027-06-15').excluded.away).toEqual(['不在（2027年6月30日まで）']);
    });

    it('allows the days before and after', () => {
      expect(on('2026-11-30').suggested).toEqual(['away']);
      expect(on('2027-04-01').suggested).toEqual(['away']);
    });
  });

  it('lists every reason that holds, in rule order', () => {
    const content = handbook({
      facilitators: [
        facilitator('many', {
          department: 'somu',
          dispatch: {
            available: false,
            timeOfDay: 'morning',
            weekdays: ['mon'],
            unavailableMonths: [12],
            away: [{ from: '2026-12-01', to: '2026-12-31', note: '長期研修中' }],
          },
        }),
      ],
      requests: [request('r')],
    });
    expect(match(content).excluded.many).toEqual([
      '派遣不可に設定',
      '長期研修中（2026年12月31日まで）',
      '12月は派遣できない月',
      '月曜のみ（12月10日は木曜）',
      '午前のみ（この回は13:30〜16:30）',
    ]);
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
