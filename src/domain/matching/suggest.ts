import type { DispatchRequest, Facilitator, Handbook } from '../handbook';
import type { MatchingContext } from './context';
import { exclusionsFor } from './exclusions';
import { firstSessionDate } from './history';
import { planRequest } from './plan';
import { scoreReasons, scoresFor } from './score';

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

export interface Suggestions {
  suggestions: Suggestion[];
  excluded: Exclusion[];
  /** How many candidates there are in all, also when `limit` keeps fewer suggestions. */
  candidates: number;
}

export interface SuggestOptions {
  /** Keep only the best `limit` suggestions; all by default. */
  limit?: number;
}

/**
 * The first `limit` of `candidates` by score, highest first, keeping their order among equal
 * scores. Scores are small whole numbers, so a counting sort ranks them in two passes, where
 * a comparison sort of thousands of candidates per request would not.
 */
function rankByScore(candidates: readonly number[], scores: Int32Array, limit: number): number[] {
  let top = 0;
  for (const i of candidates) if (scores[i] > top) top = scores[i];
  const perScore = new Int32Array(top + 1);
  for (const i of candidates) perScore[scores[i]] += 1;
  // Where each score starts in the ranking, from the top score down.
  const starts = new Int32Array(top + 1);
  for (let score = top - 1; score >= 0; score--) starts[score] = starts[score + 1] + perScore[score + 1];
  const ranked = new Array<number>(Math.min(limit, candidates.length));
  for (const i of candidates) {
    const at = starts[scores[i]]++;
    if (at < ranked.length) ranked[at] = i;
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
): Suggestions {
  const plan = planRequest(request, context);
  const { facilitators } = context;
  const ruledOut = exclusionsFor(plan, context);
  // Assigned people are neither suggested nor excluded; most requests have none.
  const assigned = plan.assigned.length === 0 ? undefined : new Set(plan.assigned);
  const scores = scoresFor(plan, context);
  const excluded: Exclusion[] = [];
  const candidates: number[] = [];
  for (let i = 0; i < facilitators.length; i++) {
    if (assigned?.has(i)) continue;
    const reasons = ruledOut.reasonsOf(i);
    if (reasons !== undefined) excluded.push({ facilitator: facilitators[i], reasons });
    else candidates.push(i);
  }
  const suggestions = rankByScore(candidates, scores, options.limit ?? candidates.length).map((i) => ({
    facilitator: facilitators[i],
    score: scores[i],
    reasons: scoreReasons(i, plan, context),
  }));
  return { suggestions, excluded, candidates: candidates.length };
}

/** Open requests, and matched ones still short of the facilitators they need. */
export function needsSuggestions(request: Pick<DispatchRequest, 'status' | 'assigned' | 'needed'>): boolean {
  return (
    request.status === 'open' || (request.status === 'matched' && request.assigned.length < request.needed)
  );
}

/** The requests that need suggestions, earliest first session first. */
export function requestsNeedingSuggestions(handbook: Pick<Handbook, 'requests'>): DispatchRequest[] {
  return handbook.requests
    .filter(needsSuggestions)
    .map((request) => ({ request, date: firstSessionDate(request) }))
    .sort((a, b) =>
      a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : a.request.id < b.request.id
            ? -1
            : a.request.id > b.request.id
              ? 1
              : 0,
    )
    .map(({ request }) => request);
}
