import { describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/domain/handbook';
import { buildMatchingContext } from '../../src/domain/matching/context';
import { planRequest } from '../../src/domain/matching/plan';
import { SCORE_PARTS, SCORE_WEIGHTS } from '../../src/domain/matching/score';
import { suggestForRequest } from '../../src/domain/matching/suggest';
import { facilitator, handbook, report, request, shuffled } from './helpers/handbook-builder';

/** Suggestions for the handbook's first request, as `id score [reasons]`. */
function ranking(content: Handbook, options: { limit?: number } = {}) {
  const { suggestions } = suggestForRequest(content.requests[0], buildMatchingContext(content), options);
  return suggestions.map(({ facilitator, score, reasons }) => ({ id: facilitator.id, score, reasons }));
}

const ids = (content: Handbook) => ranking(content).map(({ id }) => id);
const reasonsOf = (content: Handbook, id: string) =>
  ranking(content).find((entry) => entry.id === id)?.reasons;

/** Candidates with nothing to tell them apart but their reading. */
const plain = (id: string, kana: string, data: Parameters<typeof facilitator>[1] = {}) =>
  facilitator(id, { kana, department: 'kankyo-seikatsu', ...data });

// Each part is checked against a candidate ranked first by kana alone, so the part has to
// lift the other one above them.
describe('ranking of candidates', () => {
  it('ranks by kana when nothing else differs, whatever the input order', () => {
    const people = [
      plain('ueda', 'うえだ'),
      plain('ito', 'いとう'),
      plain('goto', 'ごとう'),
      plain('kato', 'かとう'),
    ];
    expect(ids(handbook({ facilitators: people, requests: [request('r')] }))).toEqual([
      'ito',
      'ueda',
      'kato',
      'goto',
    ]);
    expect(ids(handbook({ facilitators: shuffled(people, 7), requests: [request('r')] }))).toEqual([
      'ito',
      'ueda',
      'kato',
      'goto',
    ]);
  });

  it('favours the methods the request wants, named in its order', () => {
    const content = handbook({
      facilitators: [
        plain('a', 'あ'),
        plain('b', 'い', { methods: ['graphic-recording', 'osm', 'world-cafe'] }),
      ],
      requests: [request('r', { methods: ['world-cafe', 'graphic-recording'] })],
    });
    expect(ids(content)).toEqual(['b', 'a']);
    expect(reasonsOf(content, 'b')).toContain('希望の手法を実践: ワールドカフェ、グラフィックレコーディング');
    expect(ranking(content)[0].score - ranking(content)[1].score).toBe(2 * SCORE_WEIGHTS.method);
  });

  it('favours volunteers', () => {
    const content = handbook({
      facilitators: [plain('a', 'あ'), plain('b', 'い')],
      requests: [request('r', { volunteers: ['b'] })],
    });
    expect(ids(content)).toEqual(['b', 'a']);
    expect(reasonsOf(content, 'b')).toContain('自ら名乗り出ている');
  });

  describe('having facilitated with the host before', () => {
    const people = [plain('a', 'あ'), plain('b', 'い')];

    it('counts earlier reports naming both and earlier requests of the host, a report of a request once', () => {
      const content = handbook({
        facilitators: people,
        requests: [
          request('r'),
          request('earlier', { status: 'done', assigned: ['b'], sessions: [{ date: '2026-05-10' }] }),
        ],
        reports: [
          report('of-earlier', { request: 'earlier', date: '2026-05-10', facilitators: ['host', 'b'] }),
          report('own', { date: '2025-11-01', facilitators: ['b', 'host'] }),
        ],
      });
      expect(ids(content)).toEqual(['b', 'a']);
      expect(reasonsOf(content, 'b')).toContain('依頼者と以前に一緒に進行（2回）');
    });

    it('ignores what comes after the request and cancelled requests', () => {
      const content = handbook({
        facilitators: people,
        requests: [
          request('r'),
          request('cancelled', { status: 'cancelled', assigned: ['b'], sessions: [{ date: '2026-05-10' }] }),
        ],
        reports: [report('later', { date: '2027-01-20', facilitators: ['host', 'b'] })],
      });
      expect(ids(content)).toEqual(['a', 'b']);
    });

    it('counts at most withHostMaxOccasions occasions', () => {
      const reports = ['2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01', '2025-09-01'].map((date, i) =>
        report(`old-${i}`, { date, facilitators: ['host', 'b'] }),
      );
      const [b, a] = ranking(handbook({ facilitators: people, requests: [request('r')], reports }));
      expect(b.reasons).toContain('依頼者と以前に一緒に進行（5回）');
      expect(b.score - a.score).toBe(SCORE_WEIGHTS.withHostMaxOccasions * SCORE_WEIGHTS.withHost);
    });
  });

  it('favours organisations not yet among those assigned, once someone is assigned', () => {
    const people = [
      plain('same', 'あ'),
      facilitator('new', { kana: 'い', department: 'kendo-seibi-nanbu' }),
      plain('assigned', 'う'),
    ];
    const partly = handbook({
      facilitators: people,
      requests: [request('r', { status: 'matched', assigned: ['assigned'], needed: 2 })],
    });
    expect(ids(partly)).toEqual(['new', 'same']);
    expect(reasonsOf(partly, 'new')).toContain('まだ割り当てのない部局から（県土整備部）');
    const open = handbook({ facilitators: people, requests: [request('r')] });
    expect(
      ranking(open)
        .flatMap(({ reasons }) => reasons)
        .some((reason) => reason.startsWith('まだ割り当て')),
    ).toBe(false);
  });

  it('favours fewer dispatches in the fiscal year of the session', () => {
    const dispatched = (id: string, date: string) =>
      request(id, {
        department: 'somu',
        host: 'someone',
        status: 'done',
        assigned: ['a'],
        sessions: [{ date }],
      });
    const content = handbook({
      facilitators: [plain('a', 'あ', { dispatch: { maxPerQuarter: 4 } }), plain('b', 'い')],
      requests: [request('r'), dispatched('this-year', '2026-06-01'), dispatched('last-year', '2026-03-01')],
    });
    expect(ids(content)).toEqual(['b', 'a']);
    expect(reasonsOf(content, 'b')).toContain('2026年度の派遣 0件（負担の分散）');
    expect(reasonsOf(content, 'a')).toContain('2026年度の派遣 1件（負担の分散）');
  });

  it('gives no load points from lightLoad dispatches on', () => {
    const requests = [
      request('r'),
      ...['2026-05-01', '2026-06-01', '2026-07-01'].map((date, i) =>
        request(`d${i}`, {
          department: 'somu',
          host: 'someone',
          status: 'done',
          assigned: ['a'],
          sessions: [{ date }],
        }),
      ),
    ];
    const [entry] = ranking(
      handbook({ facilitators: [plain('a', 'あ', { dispatch: { maxPerQuarter: 4 } })], requests }),
    );
    expect(entry).toEqual({ id: 'a', score: 0, reasons: [] });
  });

  describe('seniors and trainers for first-time hosts', () => {
    const people = [
      plain('a', 'あ'),
      plain('senior', 'い', { roles: ['facilitator', 'senior'] }),
      plain('trainer', 'う', { roles: ['trainer'] }),
    ];

    it('puts them first for a host who has never hosted', () => {
      const content = handbook({ facilitators: people, requests: [request('r')] });
      expect(ids(content)).toEqual(['senior', 'trainer', 'a']);
      expect(reasonsOf(content, 'senior')).toContain('初めての依頼者に先輩世話人として');
      expect(reasonsOf(content, 'trainer')).toContain('初めての依頼者に講師として');
    });

    it('does not for a host with a done request or a report of their own before', () => {
      const done = handbook({
        facilitators: people,
        requests: [
          request('r'),
          request('before', { status: 'done', assigned: ['a'], sessions: [{ date: '2026-04-20' }] }),
        ],
      });
      expect(ranking(done).find(({ id }) => id === 'senior')!.reasons).not.toContain(
        '初めての依頼者に先輩世話人として',
      );
      const home = handbook({
        facilitators: people,
        requests: [request('r')],
        reports: [report('at-home', { department: 'kenko-fukushi-hokubu', facilitators: ['host'] })],
      });
      expect(ids(home)).toEqual(['a', 'senior', 'trainer']);
    });
  });

  it('adds up the parts as documented', () => {
    const content = handbook({
      facilitators: [plain('all', 'あ', { methods: ['osm'], roles: ['senior'] })],
      requests: [request('r', { methods: ['osm', 'kj-method'], volunteers: ['all'] })],
      reports: [report('before', { facilitators: ['host', 'all'] })],
    });
    expect(ranking(content)).toEqual([
      {
        id: 'all',
        score:
          SCORE_WEIGHTS.method + SCORE_WEIGHTS.volunteered + SCORE_WEIGHTS.withHost + SCORE_WEIGHTS.lightLoad,
        reasons: [
          '希望の手法を実践: オフサイトミーティング',
          '自ら名乗り出ている',
          '依頼者と以前に一緒に進行（1回）',
          '2026年度の派遣 0件（負担の分散）',
        ],
      },
    ]);
  });

  it('keeps only the best `limit` suggestions when asked', () => {
    const people = [plain('a', 'あ'), plain('b', 'い'), plain('c', 'う', { methods: ['osm'] })];
    expect(
      ranking(handbook({ facilitators: people, requests: [request('r', { methods: ['osm'] })] }), {
        limit: 2,
      }).map(({ id }) => id),
    ).toEqual(['c', 'a']);
  });

  it('gives a reason for exactly the parts that give points', () => {
    const content = varied();
    const context = buildMatchingContext(content);
    const plan = planRequest(content.requests[0], context);
    for (const part of SCORE_PARTS) {
      const points = new Int32Array(context.facilitators.length);
      part.add(points, plan, context);
      expect(points.some((value) => value > 0)).toBe(true);
      context.facilitators.forEach((_, i) =>
        expect(part.reason(i, plan, context) !== undefined).toBe(points[i] > 0),
      );
    }
  });

  it('is the same whatever order the content was read in', () => {
    const result = (content: Handbook) => {
      const { suggestions, excluded } = suggestForRequest(
        content.requests.find(({ id }) => id === 'r')!,
        buildMatchingContext(content),
      );
      return {
        suggestions: suggestions.map(({ facilitator, score, reasons }) => [facilitator.id, score, reasons]),
        excluded: excluded.map(({ facilitator, reasons }) => [facilitator.id, reasons]),
      };
    };
    const content = varied();
    const expected = result(content);
    for (const seed of [1, 2, 3]) {
      expect(
        result({
          ...content,
          departments: shuffled(content.departments, seed),
          facilitators: shuffled(content.facilitators, seed),
          requests: shuffled(content.requests, seed),
          reports: shuffled(content.reports, seed),
        }),
      ).toEqual(expected);
    }
  });
});

/**
 * Thirty people and some history, with every rule and part at work. The request is `r`, from
 * a first-time host who has facilitated with some of them elsewhere, with one person assigned.
 */
function varied(): Handbook {
  const people = Array.from({ length: 30 }, (_, i) =>
    facilitator(`f${i}`, {
      kana: ['あ', 'い', 'う', 'え', 'お'][i % 5],
      department: ['kendo-seibi', 'kankyo-seikatsu', 'somu', 'kenko-fukushi-hokubu'][i % 4],
      methods: i % 4 === 0 ? ['osm'] : ['kj-method'],
      roles: i % 7 === 0 ? ['senior'] : i % 9 === 0 ? ['trainer'] : ['facilitator'],
      dispatch: { available: i % 11 !== 0, regions: i % 6 === 0 ? ['北部'] : undefined },
    }),
  );
  const newcomer = facilitator('newcomer', { kana: 'しんじん', department: 'kenko-fukushi' });
  const requests = [
    request('r', {
      host: 'newcomer',
      status: 'matched',
      needed: 3,
      assigned: ['f1'],
      methods: ['osm', 'kj-method'],
      volunteers: ['f4', 'f9'],
      sessions: [{ region: '南部' }],
    }),
    ...Array.from({ length: 8 }, (_, i) =>
      request(`past${i}`, {
        department: 'somu',
        status: 'done',
        assigned: [`f${(i * 7) % 30}`],
        sessions: [{ date: `2026-0${(i % 5) + 4}-15` }],
      }),
    ),
  ];
  const reports = Array.from({ length: 6 }, (_, i) =>
    report(`rep${i}`, { department: 'somu', facilitators: ['newcomer', `f${(i * 5) % 30}`] }),
  );
  return handbook({ facilitators: [newcomer, ...people], requests, reports });
}
