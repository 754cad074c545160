import type { DispatchRequest, Facilitator, Handbook } from '../handbook';
import type { MatchingContext } from './context';
import { exclusionsFor } from './exclusions';
import { firstSessionDate } from './history';
import { planRequest } from './plan';
import { scoreOf, scoreReasons } from './score';

export interface Suggestion {
  facilitator: Facilitator;
  score: number;
  /** The score parts that gave points, in Japanese. */
  reasons: string[];
}

export interface Exclusion {
  facilitator: Facilitator;
  /** Every hard rule that rules them out, in Japanese; a list often shared with other entries. */
  reasons: readonly string[];
}

export interface SuggestOptions {
  /** Keep only the best `limit` suggestions; all by default. */
  limit?: number;
}

/**
 * The first `limit` places of `scores[0..count)` by score, highest first, keeping their order
 * among equal scores. Scores are small whole numbers, so a counting sort ranks them in two
 * passes, where a comparison sort of thousands of candidates per request would not.
 */
function rankByScore(scores: Int32Array, count: number, limit: number): number[] {
  let top = 0;
  for (let k = 0; k < count; k++) if (scores[k] > top) top = scores[k];
  const perScore = new Int32Array(top + 1);
  for (let k = 0; k < count; k++) perScore[scores[k]] += 1;
  // Where each score starts in the ranking, from the top score down.
  const starts = new Int32Array(top + 1);
  for (let score = top - 1; score >= 0; score--) starts[score] = starts[score + 1] + perScore[score + 1];
  const ranked = new Array<number>(Math.min(limit, count));
  for (let k = 0; k < count; k++) {
    const at = starts[scores[k]]++;
    if (at < ranked.length) ranked[at] = k;
  }
  return ranked;
}

/**
 * Candidates for a request, best first (ties in kana order), and everyone ruled out, in kana
 * order, with the reasons. Those already assigned to the request are in neither list.
 */
export function suggestForRequest(
  request: DispatchRequest,
  context: MatchingContext,
  options: SuggestOptions = {},
): { suggestions: Suggestion[]; excluded: Exclusion[] } {
  const plan = planRequest(request, context);
  const { facilitators } = context;
  const ruledOut = exclusionsFor(plan, context);
  for (const i of plan.assigned) ruledOut[i] = undefined;
  const assigned = new Set(plan.assigned);
  const excluded: Exclusion[] = [];
  // Candidates in kana order, with their scores.
  const candidates = new Int32Array(facilitators.length);
  const scores = new Int32Array(facilitators.length);
  let count = 0;
  for (let i = 0; i < facilitators.length; i++) {
    const reasons = ruledOut[i];
    if (reasons !== undefined) {
      excluded.push({ facilitator: facilitators[i], reasons });
    } else if (!assigned.has(i)) {
      candidates[count] = i;
      scores[count++] = scoreOf(i, plan, context);
    }
  }
  const suggestions = rankByScore(scores, count, options.limit ?? count).map((k) => ({
    facilitator: facilitators[candidates[k]],
    score: scores[k],
    reasons: scoreReasons(candidates[k], plan, context),
  }));
  return { suggestions, excluded };
}

/** Requests still looking for help: open ones, and matched ones with fewer assigned than needed. Earliest first. */
/** Open requests, and matched ones still short of the facilitators they need. */
export function needsSuggestions(request: Pick<DispatchRequest, 'status' | 'assigned' | 'needed'>): boolean {
  return request.status === 'open' || (request.status === 'matched' && request.assigned.length < request.needed);
}

export function requestsNeedingSuggestions(handbook: Pick<Handbook, 'requests'>): DispatchRequest[] {
  return handbook.requests
    .filter(needsSuggestions)
    .map((request) => ({ request, date: firstSessionDate(request) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.request.id < b.request.id ? -1 : a.request.id > b.request.id ? 1 : 0))
    .map(({ request }) => request);
}
