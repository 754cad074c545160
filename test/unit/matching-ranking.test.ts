import { describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/domain/handbook';
import type { MatchingContext } from '../../src/domain/matching/context';
import { exclusionsFor } from '../../src/domain/matching/exclusions';
import { planRequest } from '../../src/domain/matching/plan';
import type { Ranking } from '../../src/domain/matching/ranking';
import { scoreReasons, scoresFor } from '../../src/domain/matching/score';
import { suggestForRequest } from '../../src/domain/matching/suggest';
import { rankForVariety } from '../../src/domain/matching/variety';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { syntheticHandbook } from '../../scripts/bench/synthetic-handbook';

/**
 * Ranking reads one ordering shared by requests alike in methods and host, merged with each
 * request's bonus points, and only as far as a page shows (`src/domain/matching/ranking.ts`).
 * This checks it against the straightforward way, on the benchmark's synthetic handbook: score
 * everyone with every part, sort all candidates, re-rank for variety.
 */
function straightforward(request: Handbook['requests'][number], context: MatchingContext, limit: number) {
  const plan = planRequest(request, context);
  const { slots } = exclusionsFor(plan, context);
  const scores = scoresFor(plan, context);
  const ranked = context.facilitators
    .map((_, i) => i)
    .filter((i) => slots[i] === 0 && !plan.assigned.includes(i))
    .sort((a, b) => scores[b] - scores[a] || a - b);
  const ranking: Ranking = { at: (k) => ranked[k] ?? -1, score: (i) => scores[i] };
  const { order, moved } = rankForVariety(ranking, plan, context, limit);
  return {
    candidates: ranked.length,
    suggestions: order.map((i) => [
      context.facilitators[i].id,
      scores[i],
      [...scoreReasons(i, plan, context), ...(moved.has(i) ? [moved.get(i)!] : [])],
    ]),
  };
}

function optimised(request: Handbook['requests'][number], context: MatchingContext, limit: number) {
  const { suggestions, candidates } = suggestForRequest(request, context, { limit });
  return {
    candidates,
    suggestions: suggestions.map(({ facilitator, score, reasons }) => [facilitator.id, score, reasons]),
  };
}

describe('ranking from a shared ordering', () => {
  const content = syntheticHandbook(13, {
    facilitators: 300,
    bureaus: 8,
    regionalOffices: 5,
    openRequests: 150,
    pastRequests: 300,
    reports: 300,
  });
  // Some open requests with one person already assigned, which variety and exclusion read.
  content.requests = content.requests.map((request, n) =>
    request.status === 'open' && request.needed > 1 && n % 3 === 0
      ? { ...request, assigned: [content.facilitators[n % content.facilitators.length].id] }
      : request,
  );
  const index = buildHandbookIndex(content, '2026-10-01');
  const requests = index.requestsNeedingSuggestions;

  it('covers bonus points, first-time hosts, assigned people and variety', () => {
    const plans = requests.map((request) => planRequest(request, index.matching));
    expect(plans.filter((plan) => plan.volunteers.length > 0).length).toBeGreaterThan(10);
    expect(plans.filter((plan) => plan.withHost.size > 0).length).toBeGreaterThan(10);
    expect(plans.filter((plan) => plan.firstTimeHost).length).toBeGreaterThan(10);
    expect(plans.filter((plan) => plan.assigned.length > 0).length).toBeGreaterThan(10);
    expect(plans.filter((plan) => plan.request.needed > 1).length).toBeGreaterThan(10);
  });

  it.each([3, 10, Infinity])(
    'gives the same suggestions as scoring and sorting everyone (limit %s)',
    (limit) => {
      for (const request of requests) {
        expect(optimised(request, index.matching, limit), request.id).toEqual(
          straightforward(request, index.matching, limit),
        );
      }
    },
  );
});
