import type { DispatchRequest, Facilitator, Handbook } from '../handbook';
import type { MatchingContext } from './context';
import { exclusionReasons } from './exclusions';
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
  /** Every hard rule that excludes them, in Japanese. */
  reasons: string[];
}

export interface SuggestOptions {
  /** Keep only the best `limit` suggestions; all by default. */
  limit?: number;
}

/**
 * Candidates for a request, best first, and everyone excluded with the reasons. Facilitators
 * already assigned to the request are in neither list: they are dispatched already.
 */
export function suggestForRequest(
  request: DispatchRequest,
  context: MatchingContext,
  options: SuggestOptions = {},
): { suggestions: Suggestion[]; excluded: Exclusion[] } {
  const plan = planRequest(request, context);
  const { profiles } = context;
  const size = profiles.length;
  const excluded: Exclusion[] = [];
  // Highest score first, then kana order: one number per candidate carries both, so a plain
  // numeric sort ranks them (rank < size, so it never outweighs a point of score).
  const keys = new Float64Array(size);
  let candidates = 0;
  for (const profile of profiles) {
    if (plan.assigned.has(profile.facilitator.id)) continue;
    const reasons = exclusionReasons(profile, plan);
    if (reasons !== undefined) excluded.push({ facilitator: profile.facilitator, reasons });
    else keys[candidates++] = -scoreOf(profile, plan) * size + profile.rank;
  }
  const ranked = keys.subarray(0, candidates).sort();
  const suggestions: Suggestion[] = [];
  for (const key of ranked.subarray(0, Math.min(candidates, options.limit ?? candidates))) {
    const rank = ((key % size) + size) % size;
    const profile = profiles[rank];
    suggestions.push({ facilitator: profile.facilitator, score: (rank - key) / size, reasons: scoreReasons(profile, plan, context) });
  }
  return { suggestions, excluded };
}

/** Requests still looking for help: open ones, and matched ones with fewer assigned than needed. Earliest first. */
export function requestsNeedingSuggestions(handbook: Pick<Handbook, 'requests'>): DispatchRequest[] {
  return handbook.requests
    .filter((request) => request.status === 'open' || (request.status === 'matched' && request.assigned.length < request.needed))
    .map((request) => ({ request, date: firstSessionDate(request) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.request.id < b.request.id ? -1 : a.request.id > b.request.id ? 1 : 0))
    .map(({ request }) => request);
}
