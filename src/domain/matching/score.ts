import type { MatchingContext } from './context';
import type { RequestPlan } from './plan';

/**
 * How candidates are ranked: the score is the sum of the parts below, and every part that
 * gives points is shown as a reason. Weights are whole numbers, so scores compare exactly;
 * equal scores are ordered by kana, then id.
 *
 * | part            | points                                                                 | why                                                   |
 * |-----------------|------------------------------------------------------------------------|-------------------------------------------------------|
 * | methods         | `method` (3) per method the request wants that they practise           | the session needs those methods                       |
 * | volunteered     | `volunteered` (5)                                                      | they offered to help this request                     |
 * | withHost        | `withHost` (2) per earlier occasion with the host, at most `withHostMaxOccasions` (3) counted | without trust between the two, nothing follows the session |
 * | newOrganisation | `newOrganisation` (2) when someone is assigned and their organisation is not yet among them | different viewpoints raise the quality of the dialogue |
 * | lightLoad       | `lightLoad` (3) minus their dispatches in the fiscal year of the first session, not below 0 | spread the load fairly |
 * | mentor          | `mentor` (3) for a senior or trainer when the host has never hosted    | a first-time host learns from someone experienced     |
 */
export const SCORE_WEIGHTS = {
  method: 3,
  volunteered: 5,
  withHost: 2,
  withHostMaxOccasions: 3,
  newOrganisation: 2,
  lightLoad: 3,
  mentor: 3,
} as const;

/**
 * One part of the score. `add` gives its points to every facilitator at once, by place in the
 * context: a request is scored for thousands of people, and one pass per part over flat
 * arrays costs far less than asking every part about every person. `reason` says why it gave
 * facilitator `i` points, or undefined when it gave none.
 */
export interface ScorePart {
  add(scores: Int32Array, plan: RequestPlan, context: MatchingContext): void;
  reason(i: number, plan: RequestPlan, context: MatchingContext): string | undefined;
}

export const methods: ScorePart = {
  add(scores, plan) {
    for (const { practised } of plan.wanted) {
      for (let i = 0; i < scores.length; i++) scores[i] += practised[i] * SCORE_WEIGHTS.method;
    }
  },
  reason(i, plan) {
    const names = plan.wanted.filter(({ practised }) => practised[i] === 1).map(({ name }) => name);
    return names.length > 0 ? `希望の手法を実践: ${names.join('、')}` : undefined;
  },
};

export const volunteered: ScorePart = {
  add(scores, plan) {
    for (const i of plan.volunteers) scores[i] += SCORE_WEIGHTS.volunteered;
  },
  reason: (i, plan) => (plan.volunteers.includes(i) ? '自ら名乗り出ている' : undefined),
};

export const withHost: ScorePart = {
  add(scores, plan) {
    for (const [i, occasions] of plan.withHost)
      scores[i] += Math.min(occasions, SCORE_WEIGHTS.withHostMaxOccasions) * SCORE_WEIGHTS.withHost;
  },
  reason: (i, plan) =>
    plan.withHost.has(i) ? `依頼者と以前に一緒に進行（${plan.withHost.get(i)}回）` : undefined,
};

/** Only once someone is assigned: before that, every organisation would score alike. */
export const newOrganisation: ScorePart = {
  add(scores, plan, context) {
    if (plan.assignedRoots.size === 0) return;
    for (let i = 0; i < scores.length; i++)
      if (!plan.assignedRoots.has(context.rootOf[i])) scores[i] += SCORE_WEIGHTS.newOrganisation;
  },
  reason: (i, plan, context) =>
    plan.assignedRoots.size > 0 && !plan.assignedRoots.has(context.rootOf[i])
      ? `まだ割り当てのない部局から（${context.departmentName(context.rootOf[i])}）`
      : undefined,
};

export const lightLoad: ScorePart = {
  add(scores, plan) {
    for (let i = 0; i < scores.length; i++)
      scores[i] += Math.max(0, SCORE_WEIGHTS.lightLoad - plan.yearCounts[i]);
  },
  reason: (i, plan) =>
    plan.yearCounts[i] < SCORE_WEIGHTS.lightLoad
      ? `${plan.fiscalYear}年度の派遣 ${plan.yearCounts[i]}件（負担の分散）`
      : undefined,
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
  methods,
  volunteered,
  withHost,
  newOrganisation,
  lightLoad,
  mentor,
];

/** The score of every facilitator for a request, by place in the context. */
export function scoresFor(plan: RequestPlan, context: MatchingContext): Int32Array {
  const scores = new Int32Array(context.facilitators.length);
  for (const part of SCORE_PARTS) part.add(scores, plan, context);
  return scores;
}

/** Why facilitator `i` scored what they did: one reason per part that gave points. */
export function scoreReasons(i: number, plan: RequestPlan, context: MatchingContext): string[] {
  const reasons: string[] = [];
  for (const part of SCORE_PARTS) {
    const reason = part.reason(i, plan, context);
    if (reason !== undefined) reasons.push(reason);
  }
  return reasons;
}
