import type { DispatchRequest, Facilitator } from '../handbook';
import type { MatchingContext } from './context';
import { exclusionsFor, reasonsOf } from './exclusions';
import { planRequest } from './plan';
import { rankCandidates } from './ranking';
import { scoreReasons } from './score';
import { rankForVariety } from './variety';

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

const sharedByContext = new WeakMap<MatchingContext, Map<string, (Exclusion | undefined)[]>>();

/** Exclusion entries of the people an organisation's rules rule out, made once per organisation. */
function sharedExclusions(root: string, context: MatchingContext): (Exclusion | undefined)[] {
  let byRoot = sharedByContext.get(context);
  if (!byRoot) sharedByContext.set(context, (byRoot = new Map<string, (Exclusion | undefined)[]>()));
  let shared = byRoot.get(root);
  if (!shared)
    byRoot.set(
      root,
      (shared = new Array<Exclusion | undefined>(context.facilitators.length).fill(undefined)),
    );
  return shared;
}

/**
 * Candidates for a request, best first (ties in kana order, then re-ranked for variety of
 * organisations), and everyone ruled out, in kana order, with the reasons. Those already
 * assigned to the request are in neither list.
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
  const { slots, lists, organisationSlots } = ruledOut;
  const excluded: Exclusion[] = [];
  let candidates = 0;
  const shared = sharedExclusions(plan.root, context);
  for (let i = 0; i < facilitators.length; i++) {
    const slot = slots[i];
    if (assigned !== undefined && assigned.has(i)) continue;
    if (slot === 0) candidates += 1;
    // Most people ruled out are ruled out by their organisation's rules alone, for every
    // request of that organisation alike: one entry serves them all.
    else if (slot <= organisationSlots)
      excluded.push((shared[i] ??= { facilitator: facilitators[i], reasons: lists[slot - 1] }));
    else excluded.push({ facilitator: facilitators[i], reasons: lists[slot - 1] });
  }
  const ranking = rankCandidates(
    plan,
    context,
    (i) => slots[i] === 0 && (assigned === undefined || !assigned.has(i)),
  );
  const { order, moved } = rankForVariety(ranking, plan, context, options.limit);
  const suggestions = order.map((i) => ({
    facilitator: facilitators[i],
    score: ranking.score(i),
    reasons: [...scoreReasons(i, plan, context), ...(moved.has(i) ? [moved.get(i)!] : [])],
  }));
  return { suggestions, excluded, candidates };
}

/** Why a hard rule rules each of `facilitatorIds` out of a request; those it does not are left out. */
export function ruledOutOf(
  request: DispatchRequest,
  facilitatorIds: readonly string[],
  context: MatchingContext,
): { facilitatorId: string; reasons: readonly string[] }[] {
  const ruledOut = exclusionsFor(planRequest(request, context), context);
  return facilitatorIds.flatMap((facilitatorId) => {
    const i = context.indexOf.get(facilitatorId);
    const reasons = i === undefined ? undefined : reasonsOf(ruledOut, i);
    return reasons === undefined ? [] : [{ facilitatorId, reasons }];
  });
}
