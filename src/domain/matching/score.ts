import { formatMonth } from '../dates';
import type { MatchingContext } from './context';
import type { RequestPlan } from './plan';

/**
 * How candidates are ranked: the score is the sum of the parts below, and every part that
 * gives (or takes) points says why in Japanese. Weights are whole numbers, so scores compare
 * exactly; equal scores are ordered by kana (五十音), then id. After scoring, the first
 * places are re-ranked for variety of organisations (`./variety.ts`).
 *
 * What each weight is for, and why it has the value it has, is written once: README.md,
 * "How suggestions are ranked". A test keeps that table and these numbers the same.
 */
export const SCORE_WEIGHTS = {
  methodFacilitated: 4,
  methodFacilitatedExtra: 1,
  methodFacilitatedMaxExtra: 2,
  methodListed: 2,
  volunteered: 5,
  withHost: 2,
  withHostMaxOccasions: 3,
  recentDispatch: -2,
  recentDispatchMaxCounted: 5,
  notDispatchedForAYear: 3,
  neverDispatched: 4,
  mentor: 3,
} as const;

/** Points a part gives a few people by place, in no particular order. */
export type Bonus = Iterable<readonly [place: number, points: number]>;

/**
 * One part of the score. `add` gives its points to every facilitator at once, by place in the
 * context: a request is scored for thousands of people, and one pass per part over flat
 * arrays costs far less than asking every part about every person. `reason` says why it gave
 * facilitator `i` points, or undefined when it has nothing to say about them.
 */
export interface ScorePart {
  add(scores: Int32Array, plan: RequestPlan, context: MatchingContext): void;
  reason(i: number, plan: RequestPlan, context: MatchingContext): string | undefined;
  /**
   * Points that do not depend on the request, when the part's points never do: then `add`
   * is not called, and these are summed once per context with the other such parts.
   */
  points?(context: MatchingContext): Int32Array;
  /**
   * The points of the few people the request itself names (those who offered, the host's past
   * partners), when the part gives points to nobody else. Parts with neither `points` nor
   * `bonus` read nothing of the request but `plan.wanted` and `plan.firstTimeHost`: ranking
   * shares their points among requests alike in these (`./ranking.ts`).
   */
  bonus?(plan: RequestPlan): Bonus;
}

/**
 * Points that depend on a key the context keeps (a method's counts, the context itself) are
 * worked out once per key and added as a whole array to each request's scores.
 */
function once<K extends object>(points: (key: K) => Int32Array): (key: K) => Int32Array {
  const cache = new WeakMap<K, Int32Array>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = points(key)));
    return value;
  };
}

function addAll(scores: Int32Array, points: Int32Array): void {
  for (let i = 0; i < scores.length; i++) scores[i] += points[i];
}

/** Points for a method they have facilitated `count` times (reports that name them). */
const experiencePoints = once((facilitated: Int32Array) =>
  facilitated.map((count) =>
    count === 0
      ? 0
      : SCORE_WEIGHTS.methodFacilitated +
        Math.min(count - 1, SCORE_WEIGHTS.methodFacilitatedMaxExtra) * SCORE_WEIGHTS.methodFacilitatedExtra,
  ),
);

/** Real experience: the wanted methods they facilitated, in reports that name them. */
export const methodExperience: ScorePart = {
  add(scores, plan) {
    for (const { facilitated } of plan.wanted) addAll(scores, experiencePoints(facilitated));
  },
  reason(i, plan) {
    const done = plan.wanted.filter(({ facilitated }) => facilitated[i] > 0);
    return done.length > 0
      ? done.map(({ name, facilitated }) => `${name}の進行経験 ${facilitated[i]}回`).join('、')
      : undefined;
  },
};

/** Points per method: listed on the profile, never facilitated (`listed` is one array per method). */
const listedPoints = new WeakMap<Uint8Array, Int32Array>();

/** Wanted methods listed on the profile, with no report of them facilitating it yet. */
export const methodListed: ScorePart = {
  add(scores, plan) {
    for (const { listed, facilitated } of plan.wanted) {
      let points = listedPoints.get(listed);
      if (points === undefined) {
        points = Int32Array.from(listed, (one, i) =>
          one === 1 && facilitated[i] === 0 ? SCORE_WEIGHTS.methodListed : 0,
        );
        listedPoints.set(listed, points);
      }
      addAll(scores, points);
    }
  },
  reason(i, plan) {
    const names = plan.wanted
      .filter(({ listed, facilitated }) => listed[i] === 1 && facilitated[i] === 0)
      .map(({ name }) => name);
    return names.length > 0 ? `${names.join('・')}をプロフィールに記載（進行の記録はまだなし）` : undefined;
  },
};

function addBonus(scores: Int32Array, bonus: Bonus): void {
  for (const [i, points] of bonus) scores[i] += points;
}

const volunteerBonus = (plan: RequestPlan): Bonus =>
  plan.volunteers.map((i) => [i, SCORE_WEIGHTS.volunteered] as const);

export const volunteered: ScorePart = {
  bonus: volunteerBonus,
  add: (scores, plan) => addBonus(scores, volunteerBonus(plan)),
  reason: (i, plan) => (plan.volunteers.includes(i) ? '自ら名乗り出ている' : undefined),
};

const withHostBonus = (plan: RequestPlan): Bonus =>
  [...plan.withHost].map(
    ([i, occasions]) =>
      [i, Math.min(occasions, SCORE_WEIGHTS.withHostMaxOccasions) * SCORE_WEIGHTS.withHost] as const,
  );

export const withHost: ScorePart = {
  bonus: withHostBonus,
  add: (scores, plan) => addBonus(scores, withHostBonus(plan)),
  reason: (i, plan) =>
    plan.withHost.has(i) ? `依頼者と以前に一緒に進行（${plan.withHost.get(i)}回）` : undefined,
};

/** Dispatches held in the last twelve months and those already decided: always said. */
const loadPoints = once((context: MatchingContext) => {
  const { held, planned } = context.recency;
  return held.map(
    (count, i) =>
      Math.min(count + planned[i], SCORE_WEIGHTS.recentDispatchMaxCounted) * SCORE_WEIGHTS.recentDispatch,
  );
});

export const recentLoad: ScorePart = {
  points: loadPoints,
  add: (scores, _plan, context) => addAll(scores, loadPoints(context)),
  reason(i, _plan, context) {
    const { held, planned } = context.recency;
    return `過去12か月の派遣 ${held[i]}件${planned[i] > 0 ? `・決定済みの予定 ${planned[i]}件` : ''}`;
  },
};

/** A lift for those not dispatched for twelve months, and more for those never dispatched. */
const restedPoints = once((context: MatchingContext) =>
  Int32Array.from(context.recency.rested, (kind) =>
    kind === 'year'
      ? SCORE_WEIGHTS.notDispatchedForAYear
      : kind === 'never'
        ? SCORE_WEIGHTS.neverDispatched
        : 0,
  ),
);

export const rested: ScorePart = {
  points: restedPoints,
  add: (scores, _plan, context) => addAll(scores, restedPoints(context)),
  reason(i, _plan, context) {
    const { rested, lastHeld } = context.recency;
    if (rested[i] === 'year') return `12か月以上派遣なし（前回 ${formatMonth(lastHeld[i]!)}）`;
    if (rested[i] === 'never')
      return context.facilitators[i].cohort === undefined ? 'まだ派遣の経験なし' : '修了後まだ派遣なし';
    return undefined;
  },
};

const MENTOR_ROLES = { senior: '先輩世話人', trainer: '講師' } as const;

export const mentor: ScorePart = {
  add(scores, plan, context) {
    if (plan.firstTimeHost) for (const i of context.mentors) scores[i] += SCORE_WEIGHTS.mentor;
  },
  reason(i, plan, context) {
    const role = (['senior', 'trainer'] as const).find((name) =>
      context.facilitators[i].roles.includes(name),
    );
    return plan.firstTimeHost && role !== undefined
      ? `初めての依頼者に${MENTOR_ROLES[role]}として`
      : undefined;
  },
};

/** In the order their reasons are shown. */
export const SCORE_PARTS: readonly ScorePart[] = [
  methodExperience,
  methodListed,
  volunteered,
  withHost,
  mentor,
  recentLoad,
  rested,
];

/** The points of the parts that do not depend on the request, summed once per context. */
const requestFreePoints = once((context: MatchingContext) => {
  const sum = new Int32Array(context.facilitators.length);
  for (const part of SCORE_PARTS) if (part.points) addAll(sum, part.points(context));
  return sum;
});

/**
 * The points of every part but those with a `bonus`, by place: the same for every request with
 * the same wanted methods and the same `firstTimeHost`.
 */
export function scoresWithoutBonus(plan: RequestPlan, context: MatchingContext): Int32Array {
  const scores = requestFreePoints(context).slice();
  for (const part of SCORE_PARTS) if (!part.points && !part.bonus) part.add(scores, plan, context);
  return scores;
}

/**
 * The score of every facilitator for a request, by place in the context: the straightforward
 * sum, which ranking (`./ranking.ts`) gets to without scoring everyone.
 */
export function scoresFor(plan: RequestPlan, context: MatchingContext): Int32Array {
  const scores = requestFreePoints(context).slice();
  for (const part of SCORE_PARTS) if (!part.points) part.add(scores, plan, context);
  return scores;
}

/** Why facilitator `i` scored what they did: one reason per part with something to say. */
export function scoreReasons(i: number, plan: RequestPlan, context: MatchingContext): string[] {
  const reasons: string[] = [];
  for (const part of SCORE_PARTS) {
    const reason = part.reason(i, plan, context);
    if (reason !== undefined) reasons.push(reason);
  }
  return reasons;
}
