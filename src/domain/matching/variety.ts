import type { MatchingContext } from './context';
import type { RequestPlan } from './plan';
import type { Ranking } from './ranking';

/** A ranking after re-ranking for variety, with why each moved person moved. */
export interface VarietyRanking {
  /** The first `limit` places. */
  order: number[];
  /** Place → why they were moved up or down. */
  moved: Map<number, string>;
}

/**
 * Someone from another organisation raises the quality of the dialogue: the places still open
 * on a request (`needed` less those assigned) go first to candidates of different
 * organisations, none of them an organisation already assigned, where candidates allow. Each
 * place takes the best-ranked candidate of an organisation not yet among them; those passed
 * over keep their order after them. With one place open and nobody assigned, nothing moves.
 */
export function rankForVariety(
  ranking: Ranking,
  plan: RequestPlan,
  context: MatchingContext,
  limit = Infinity,
): VarietyRanking {
  const open = plan.request.needed - plan.assigned.length;
  const moved = new Map<number, string>();
  const picked = new Set<number>();
  const picks: number[] = [];
  let passed = 0;
  if (open > 1 || (open === 1 && plan.assignedRoots.size > 0)) {
    const taken = new Set(plan.assignedRoots);
    for (let place = 0; place < open; place++) {
      const at = firstAt(ranking, (i) => !picked.has(i) && !taken.has(context.rootOf[i]));
      if (at < 0) break;
      const i = ranking.at(at);
      if (at > picks.length) {
        moved.set(i, `組織の多様性のため繰り上げ（${context.departmentName(context.rootOf[i])}から）`);
        passed = Math.max(passed, at);
      }
      picks.push(i);
      picked.add(i);
      taken.add(context.rootOf[i]);
    }
  }
  for (let at = 0; at < passed; at++) {
    const i = ranking.at(at);
    if (picked.has(i)) continue;
    const organisation = context.departmentName(context.rootOf[i]);
    moved.set(
      i,
      plan.assignedRoots.has(context.rootOf[i])
        ? `${organisation}からはすでに派遣が決まっているため繰り下げ`
        : `${organisation}の候補が上位にいるため繰り下げ`,
    );
  }
  const order = picks.slice(0, limit);
  for (let at = 0, i = ranking.at(0); i >= 0 && order.length < limit; i = ranking.at(++at))
    if (!picked.has(i)) order.push(i);
  return { order, moved };
}

/** Where the first candidate that `wanted` accepts is ranked, or -1. */
function firstAt(ranking: Ranking, wanted: (i: number) => boolean): number {
  for (let at = 0, i = ranking.at(0); i >= 0; i = ranking.at(++at)) if (wanted(i)) return at;
  return -1;
}
