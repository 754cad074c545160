import type { MatchingContext } from './context';
import type { RequestPlan } from './plan';
import { SCORE_PARTS, scoresWithoutBonus } from './score';

/**
 * The candidates of a request, best first: by score, highest first, equal scores in kana order
 * (by place). Read from the front, as far as asked: a page shows ten of thousands.
 */
export interface Ranking {
  /** Place of the candidate ranked `k` (from 0), or -1 when there are no more. */
  at(k: number): number;
  /** The score of candidate `i`. */
  score(i: number): number;
}

/**
 * Everyone ranked by the points of the parts without a bonus. These read only the wanted
 * methods and whether the host is new (`ScorePart.bonus` says so), so requests alike in these
 * share one ordering, made once per context: a request then adds only its few bonus points.
 */
interface SharedOrder {
  scores: Int32Array;
  /** Every place, by `scores` (highest first), equal scores by place. */
  order: Int32Array;
}

const sharedOrders = new WeakMap<MatchingContext, Map<string, SharedOrder>>();

function sharedOrder(plan: RequestPlan, context: MatchingContext): SharedOrder {
  let byKey = sharedOrders.get(context);
  if (!byKey) sharedOrders.set(context, (byKey = new Map<string, SharedOrder>()));
  // Points add up in any order, so the methods are a sorted list.
  const methods = plan.wanted.map(({ id }) => id).sort();
  const key = `${plan.firstTimeHost ? 'first' : 'again'} ${methods.join(' ')}`;
  let shared = byKey.get(key);
  if (!shared) {
    const scores = scoresWithoutBonus(plan, context);
    byKey.set(key, (shared = { scores, order: rankByScore(scores) }));
  }
  return shared;
}

/**
 * Every place by score, highest first, keeping place order among equal scores. Scores are
 * small whole numbers, so a counting sort ranks them in two passes, where a comparison sort
 * of thousands would not.
 */
export function rankByScore(scores: Int32Array): Int32Array {
  const ranked = new Int32Array(scores.length);
  if (scores.length === 0) return ranked;
  let top = scores[0];
  let bottom = scores[0];
  for (const score of scores) {
    if (score > top) top = score;
    if (score < bottom) bottom = score;
  }
  // Where each score starts in the ranking, from the top score down.
  const starts = new Int32Array(top - bottom + 2);
  for (const score of scores) starts[top - score + 1] += 1;
  for (let rank = 1; rank < starts.length; rank++) starts[rank] += starts[rank - 1];
  for (let i = 0; i < scores.length; i++) ranked[starts[top - scores[i]]++] = i;
  return ranked;
}

/** The bonus points of the request's candidates (score without bonus included), by place. */
function bonusScores(
  plan: RequestPlan,
  shared: SharedOrder,
  isCandidate: (i: number) => boolean,
): Map<number, number> {
  const scores = new Map<number, number>();
  for (const part of SCORE_PARTS) {
    if (!part.bonus) continue;
    for (const [i, points] of part.bonus(plan)) {
      if (isCandidate(i)) scores.set(i, (scores.get(i) ?? shared.scores[i]) + points);
    }
  }
  return scores;
}

/**
 * Ranks the candidates (`isCandidate`) of a request: the shared ordering with those who are
 * not candidates skipped, merged with the few who have bonus points, ranked on their own.
 */
export function rankCandidates(
  plan: RequestPlan,
  context: MatchingContext,
  isCandidate: (i: number) => boolean,
): Ranking {
  const shared = sharedOrder(plan, context);
  const bonus = bonusScores(plan, shared, isCandidate);
  const score = (i: number) => bonus.get(i) ?? shared.scores[i];
  const ahead = (a: number, b: number) => score(a) > score(b) || (score(a) === score(b) && a < b);
  const lifted = [...bonus.keys()].sort((a, b) => (ahead(a, b) ? -1 : 1));
  const { order } = shared;
  const ranked: number[] = [];
  let nextLifted = 0;
  let nextShared = 0;
  const next = (): number => {
    while (nextShared < order.length && (!isCandidate(order[nextShared]) || bonus.has(order[nextShared])))
      nextShared += 1;
    const fromShared = nextShared < order.length ? order[nextShared] : -1;
    const fromLifted = nextLifted < lifted.length ? lifted[nextLifted] : -1;
    if (fromLifted >= 0 && (fromShared < 0 || ahead(fromLifted, fromShared))) {
      nextLifted += 1;
      return fromLifted;
    }
    if (fromShared >= 0) nextShared += 1;
    return fromShared;
  };
  return {
    at(k) {
      while (ranked.length <= k) {
        const i = next();
        if (i < 0) return -1;
        ranked.push(i);
      }
      return ranked[k];
    },
    score,
  };
}
