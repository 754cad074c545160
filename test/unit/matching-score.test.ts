import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/domain/handbook';
import { planRequest } from '../../src/domain/matching/plan';
import { recentLoad, SCORE_PARTS, SCORE_WEIGHTS } from '../../src/domain/matching/score';
import { suggestForRequest } from '../../src/domain/matching/suggest';
import {
  cohort,
  facilitator,
  handbook,
  matchingOf,
  report,
  request,
  shuffled,
} from './helpers/handbook-builder';

// Today is 2026-11-22 (matchingOf's default); requests are on 2026-12-10 unless told otherwise.

/** Suggestions for the handbook's first request, as `id score [reasons]`. */
function ranking(content: Handbook, options: { limit?: number; today?: string } = {}) {
  const { suggestions } = suggestForRequest(content.requests[0], matchingOf(content, options.today), options);
  return suggestions.map(({ facilitator, score, reasons }) => ({ id: facilitator.id, score, reasons }));
}

const ids = (content: Handbook) => ranking(content).map(({ id }) => id);
const reasonsOf = (content: Handbook, id: string) =>
  ranking(content).find((entry) => entry.id === id)?.reasons;
const scoreOf = (content: Handbook, id: string) => ranking(content).find((entry) => entry.id === id)!.score;

/** Candidates with nothing to tell them apart but their reading. */
const plain = (id: string, kana: string, data: Parameters<typeof facilitator>[1] = {}) =>
  facilitator(id, { kana, department: 'kankyo-seikatsu', ...data });

/** A dispatch of `who` on `date` for another department (held once the date has passed). */
const dispatch = (id: string, who: string[], date: string, status: 'matched' | 'done' = 'done') =>
  request(id, { department: 'somu', host: 'someone', status, assigned: who, sessions: [{ date }] });

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
    const expected = ['ito', 'ueda', 'kato', 'goto'];
    expect(ids(handbook({ facilitators: people, requests: [request('r')] }))).toEqual(expected);
    expect(ids(handbook({ facilitators: shuffled(people, 7), requests: [request('r')] }))).toEqual(expected);
  });

  it('breaks ties by 五十音 with plain kana before voiced, not by id', () => {
    const people = [
      plain('a-gato', 'がとう'),
      plain('z-kato', 'かとう'),
      plain('a-kida', 'きだ'),
      plain('z-kita', 'きた'),
    ];
    expect(ids(handbook({ facilitators: people, requests: [request('r')] }))).toEqual([
      'z-kato',
      'a-gato',
      'z-kita',
      'a-kida',
    ]);
    const baba = [plain('a-baba', 'ばば'), plain('z-haba', 'はば')];
    expect(ids(handbook({ facilitators: baba, requests: [request('r')] }))).toEqual(['z-haba', 'a-baba']);
  });

  describe('experience with the methods wanted', () => {
    const facilitated = (id: string, date: string, methods: string[] = ['world-cafe']) =>
      report(id, { department: 'somu', date, facilitators: ['b'], methods });

    it('counts methods facilitated (reports naming them) above methods only listed, and says how often', () => {
      const content = handbook({
        facilitators: [plain('a', 'あ', { methods: ['world-cafe'] }), plain('b', 'い')],
        requests: [request('r', { methods: ['world-cafe'] })],
        reports: [
          facilitated('r1', '2026-01-10'),
          facilitated('r2', '2026-03-10'),
          facilitated('r3', '2026-06-10'),
        ],
      });
      expect(ids(content)).toEqual(['b', 'a']);
      expect(reasonsOf(content, 'b')).toContain('ワールドカフェの進行経験 3回');
      expect(reasonsOf(content, 'a')).toContain('ワールドカフェをプロフィールに記載（進行の記録はまだなし）');
      expect(scoreOf(content, 'b') - scoreOf(content, 'a')).toBe(
        SCORE_WEIGHTS.methodFacilitated +
          2 * SCORE_WEIGHTS.methodFacilitatedExtra -
          SCORE_WEIGHTS.methodListed,
      );
    });

    it('counts at most methodFacilitatedMaxExtra further reports, and none dated today or later', () => {
      const reports = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10', '2025-05-10'].map((date, i) =>
        facilitated(`old${i}`, date),
      );
      const content = handbook({
        facilitators: [plain('a', 'あ'), plain('b', 'い')],
        requests: [request('r', { methods: ['world-cafe'] })],
        reports: [...reports, facilitated('today', '2026-11-22'), facilitated('later', '2026-12-01')],
      });
      expect(reasonsOf(content, 'b')).toContain('ワールドカフェの進行経験 5回');
      expect(scoreOf(content, 'b') - scoreOf(content, 'a')).toBe(
        SCORE_WEIGHTS.methodFacilitated +
          SCORE_WEIGHTS.methodFacilitatedMaxExtra * SCORE_WEIGHTS.methodFacilitatedExtra,
      );
    });

    it('names every wanted method, in the order the request wants them', () => {
      const content = handbook({
        facilitators: [plain('a', 'あ', { methods: ['graphic-recording', 'osm', 'kj-method'] })],
        requests: [request('r', { methods: ['kj-method', 'world-cafe', 'graphic-recording'] })],
        reports: [
          report('rep', {
            department: 'somu',
            date: '2026-02-01',
            facilitators: ['a'],
            methods: ['kj-method'],
          }),
        ],
      });
      expect(reasonsOf(content, 'a')).toEqual(
        expect.arrayContaining([
          'KJ法の進行経験 1回',
          'グラフィックレコーディングをプロフィールに記載（進行の記録はまだなし）',
        ]),
      );
    });
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
    const withB = (id: string, data: Parameters<typeof request>[1]) =>
      request(id, { status: 'done', assigned: ['b'], sessions: [{ date: '2026-05-10' }], ...data });

    it('counts held requests of the host and reports naming both, a report of a request once', () => {
      const content = handbook({
        facilitators: people,
        requests: [request('r'), withB('earlier', {})],
        reports: [
          report('of-earlier', { request: 'earlier', date: '2026-05-10', facilitators: ['host', 'b'] }),
          report('own', { date: '2025-11-01', facilitators: ['b', 'host'] }),
        ],
      });
      expect(reasonsOf(content, 'b')).toContain('依頼者と以前に一緒に進行（2回）');
      // Two occasions with the host; one dispatch held in the year (no lift either).
      expect(scoreOf(content, 'b') - scoreOf(content, 'a')).toBe(
        2 * SCORE_WEIGHTS.withHost + SCORE_WEIGHTS.recentDispatch - SCORE_WEIGHTS.neverDispatched,
      );
    });

    it('counts a matched request whose session has passed (held, not yet marked done)', () => {
      const content = handbook({
        facilitators: people,
        requests: [request('r'), withB('held', { status: 'matched', sessions: [{ date: '2026-11-21' }] })],
      });
      expect(reasonsOf(content, 'b')).toContain('依頼者と以前に一緒に進行（1回）');
    });

    it('does not count requests not yet held, never held, or cancelled, nor later reports', () => {
      const content = handbook({
        facilitators: people,
        requests: [
          request('r', { sessions: [{ date: '2027-01-20' }] }),
          // Matched for next month: before this request, but not held yet (today is 2026-11-22).
          withB('next-month', { status: 'matched', sessions: [{ date: '2026-12-15' }] }),
          // Held today: not before today.
          withB('today', { status: 'matched', sessions: [{ date: '2026-11-22' }] }),
          // Open and past: never held.
          withB('never', { status: 'open', sessions: [{ date: '2026-10-01' }] }),
          withB('cancelled', { status: 'cancelled' }),
        ],
        reports: [report('later', { date: '2027-01-25', facilitators: ['host', 'b'] })],
      });
      expect(
        ranking(content)
          .flatMap(({ reasons }) => reasons)
          .join(),
      ).not.toContain('依頼者と以前に');
    });

    it('counts at most withHostMaxOccasions occasions', () => {
      const reports = ['2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01', '2025-09-01'].map((date, i) =>
        report(`old-${i}`, { date, facilitators: ['host', 'b'] }),
      );
      const content = handbook({ facilitators: people, requests: [request('r')], reports });
      expect(reasonsOf(content, 'b')).toContain('依頼者と以前に一緒に進行（5回）');
      expect(scoreOf(content, 'b') - scoreOf(content, 'a')).toBe(
        SCORE_WEIGHTS.withHostMaxOccasions * SCORE_WEIGHTS.withHost,
      );
    });
  });

  describe('load and spread', () => {
    it('always says the dispatches of the last twelve months, and those decided', () => {
      const content = handbook({
        facilitators: [plain('a', 'あ', { dispatch: { maxPerQuarter: 4 } }), plain('b', 'い')],
        requests: [
          request('r'),
          dispatch('d1', ['a'], '2026-06-01'),
          dispatch('d2', ['a'], '2026-10-01'),
          dispatch('planned', ['a'], '2026-12-01', 'matched'),
        ],
      });
      expect(reasonsOf(content, 'a')).toContain('過去12か月の派遣 2件・決定済みの予定 1件');
      expect(reasonsOf(content, 'b')).toContain('過去12か月の派遣 0件');
      expect(scoreOf(content, 'a')).toBe(3 * SCORE_WEIGHTS.recentDispatch);
    });

    it('counts a dispatch held exactly twelve months ago, not one the day before', () => {
      const content = (date: string) =>
        handbook({ facilitators: [plain('a', 'あ')], requests: [request('r'), dispatch('d', ['a'], date)] });
      expect(reasonsOf(content('2025-11-22'), 'a')).toContain('過去12か月の派遣 1件');
      expect(reasonsOf(content('2025-11-21'), 'a')).toEqual(
        expect.arrayContaining(['過去12か月の派遣 0件', '12か月以上派遣なし（前回 2025年11月）']),
      );
    });

    it('lifts those not dispatched for twelve months, and more those never dispatched after the course', () => {
      const content = handbook({
        facilitators: [
          plain('busy', 'あ', { dispatch: { maxPerQuarter: 4 } }),
          plain('rested', 'い'),
          plain('graduate', 'う', { cohort: 'osm-1' }),
          plain('learning', 'え', { cohort: 'osm-2' }),
          plain('elsewhere', 'お'),
        ],
        cohorts: [
          cohort('osm-1', { start: '2025-05-01', end: '2025-09-30' }),
          cohort('osm-2', { number: 2, start: '2026-10-01', end: '2027-02-28' }),
        ],
        requests: [
          request('r'),
          dispatch('recent', ['busy'], '2026-09-01'),
          dispatch('old', ['rested'], '2025-06-01'),
        ],
      });
      expect(reasonsOf(content, 'rested')).toContain('12か月以上派遣なし（前回 2025年6月）');
      expect(reasonsOf(content, 'graduate')).toContain('修了後まだ派遣なし');
      expect(reasonsOf(content, 'elsewhere')).toContain('まだ派遣の経験なし');
      expect(reasonsOf(content, 'learning')!.join()).not.toMatch(/まだ派遣|12か月以上/);
      expect(scoreOf(content, 'rested')).toBe(SCORE_WEIGHTS.notDispatchedForAYear);
      expect(scoreOf(content, 'graduate')).toBe(SCORE_WEIGHTS.neverDispatched);
      expect(scoreOf(content, 'learning')).toBe(0);
      expect(ids(content)).toEqual(['graduate', 'elsewhere', 'rested', 'learning', 'busy']);
    });

    it('does not keep a heavily used senior on top by trust alone', () => {
      const senior = plain('senior', 'あ', {
        roles: ['facilitator', 'senior'],
        methods: ['osm'],
        dispatch: { maxPerQuarter: 6 },
      });
      const newcomer = plain('newcomer', 'わ', { cohort: 'osm-1', methods: ['osm'] });
      const earlier = ['2026-01-15', '2026-03-15', '2026-05-15', '2026-07-15', '2026-09-15'].map((date, i) =>
        dispatch(`d${i}`, ['senior'], date),
      );
      const content = handbook({
        facilitators: [senior, newcomer],
        cohorts: [cohort('osm-1', { start: '2025-05-01', end: '2025-09-30' })],
        requests: [request('r', { methods: ['osm'] }), ...earlier],
        reports: [
          ...earlier.map((d, i) =>
            report(`rep${i}`, {
              request: d.id,
              date: d.sessions[0].date,
              facilitators: ['senior'],
              methods: ['osm'],
            }),
          ),
          // Trust with this host, three times.
          ...['2025-01-10', '2025-02-10', '2025-03-10'].map((date, i) =>
            report(`host${i}`, { date, facilitators: ['host', 'senior'] }),
          ),
        ],
      });
      expect(reasonsOf(content, 'senior')).toEqual(
        expect.arrayContaining([
          'オフサイトミーティングの進行経験 5回',
          '依頼者と以前に一緒に進行（3回）',
          '過去12か月の派遣 5件',
        ]),
      );
      expect(ids(content)).toEqual(['newcomer', 'senior']);
    });
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
      expect(reasonsOf(done, 'senior')).not.toContain('初めての依頼者に先輩世話人として');
      const home = handbook({
        facilitators: people,
        requests: [request('r')],
        reports: [report('at-home', { department: 'kenko-fukushi-hokubu', facilitators: ['host'] })],
      });
      expect(ids(home)).toEqual(['a', 'senior', 'trainer']);
    });
  });

  describe('variety of organisations', () => {
    const people = [
      facilitator('kan1', { kana: 'あ', department: 'kankyo-seikatsu', methods: ['osm'] }),
      facilitator('kan2', { kana: 'い', department: 'kankyo-seikatsu', methods: ['osm'] }),
      facilitator('somu1', { kana: 'う', department: 'somu' }),
      facilitator('kendo1', { kana: 'え', department: 'kendo-seibi-nanbu' }),
    ];

    it('fills the places still open with different organisations, saying who moved and why', () => {
      const content = handbook({
        facilitators: people,
        requests: [request('r', { needed: 2, methods: ['osm'] })],
      });
      expect(ids(content)).toEqual(['kan1', 'somu1', 'kan2', 'kendo1']);
      expect(reasonsOf(content, 'somu1')).toContain('組織の多様性のため繰り上げ（総務部から）');
      expect(reasonsOf(content, 'kan2')).toContain('環境生活部の候補が上位にいるため繰り下げ');
      expect(scoreOf(content, 'kan2')).toBeGreaterThan(scoreOf(content, 'somu1'));
    });

    it('leaves out the organisations already assigned', () => {
      const content = handbook({
        facilitators: [...people, facilitator('assigned', { kana: 'お', department: 'kankyo-seikatsu' })],
        requests: [request('r', { status: 'matched', needed: 2, assigned: ['assigned'], methods: ['osm'] })],
      });
      expect(ids(content)[0]).toBe('somu1');
      expect(reasonsOf(content, 'kan1')).toContain('環境生活部からはすでに派遣が決まっているため繰り下げ');
    });

    it('moves nobody for one place and nobody assigned, or when every candidate is of one organisation', () => {
      const one = handbook({ facilitators: people, requests: [request('r', { methods: ['osm'] })] });
      expect(ids(one)).toEqual(['kan1', 'kan2', 'somu1', 'kendo1']);
      expect(
        ranking(one)
          .flatMap(({ reasons }) => reasons)
          .join(),
      ).not.toMatch(/繰り/);
      const same = handbook({
        facilitators: people.slice(0, 2),
        requests: [request('r', { needed: 2, methods: ['osm'] })],
      });
      expect(ids(same)).toEqual(['kan1', 'kan2']);
      expect(
        ranking(same)
          .flatMap(({ reasons }) => reasons)
          .join(),
      ).not.toMatch(/繰り/);
    });
  });

  it('adds up the parts as documented', () => {
    const content = handbook({
      facilitators: [plain('all', 'あ', { methods: ['osm'], roles: ['senior'] })],
      requests: [request('r', { methods: ['osm', 'kj-method'], volunteers: ['all'] })],
      reports: [report('before', { facilitators: ['host', 'all'], methods: ['kj-method'] })],
    });
    expect(ranking(content)).toEqual([
      {
        id: 'all',
        score:
          SCORE_WEIGHTS.methodFacilitated +
          SCORE_WEIGHTS.methodListed +
          SCORE_WEIGHTS.volunteered +
          SCORE_WEIGHTS.withHost +
          SCORE_WEIGHTS.neverDispatched,
        reasons: [
          'KJ法の進行経験 1回',
          'オフサイトミーティングをプロフィールに記載（進行の記録はまだなし）',
          '自ら名乗り出ている',
          '依頼者と以前に一緒に進行（1回）',
          '過去12か月の派遣 0件',
          'まだ派遣の経験なし',
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

  it('gives a reason for exactly the parts that give points, and always one for the load', () => {
    const content = varied();
    const context = matchingOf(content);
    const plan = planRequest(content.requests[0], context);
    for (const part of SCORE_PARTS) {
      const points = new Int32Array(context.facilitators.length);
      part.add(points, plan, context);
      expect(points.some((value) => value !== 0)).toBe(true);
      context.facilitators.forEach((_, i) =>
        expect(part.reason(i, plan, context) !== undefined).toBe(part === recentLoad || points[i] !== 0),
      );
    }
  });

  it('is the same whatever order the content was read in', () => {
    const result = (content: Handbook) => {
      const { suggestions, excluded } = suggestForRequest(
        content.requests.find(({ id }) => id === 'r')!,
        matchingOf(content),
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

describe('the weights are documented in one place', () => {
  it('README.md lists every weight with its value', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('### How suggestions are ranked'));
    for (const [name, value] of Object.entries(SCORE_WEIGHTS)) {
      expect(table, name).toMatch(new RegExp(`\\| \`${name}\` +\\| +${value} +\\|`));
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
    request('long-ago', {
      department: 'somu',
      status: 'done',
      assigned: ['f3'],
      sessions: [{ date: '2025-02-01' }],
    }),
  ];
  const reports = Array.from({ length: 6 }, (_, i) =>
    report(`rep${i}`, {
      department: 'somu',
      facilitators: ['newcomer', `f${(i * 5) % 30}`],
      methods: i % 2 === 0 ? ['osm'] : [],
    }),
  );
  return handbook({ facilitators: [newcomer, ...people], requests, reports });
}
