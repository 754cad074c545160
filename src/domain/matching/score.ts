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

/** One part of the score, for facilitator `i` (their place in the context). */
export interface ScorePart {
  points(i: number, plan: RequestPlan, context: MatchingContext): number;
  /** Why it gave points; asked only when it did. */
  reason(i: number, plan: RequestPlan, context: MatchingContext): string;
}

export const methods: ScorePart = {
  points(i, plan) {
    let matches = 0;
    for (const method of plan.wanted) matches += method.practised[i];
    return matches * SCORE_WEIGHTS.method;
  },
  reason: (i, plan) => `希望の手法を実践: ${plan.wanted.filter((method) => method.practised[i] === 1).map((method) => method.name).join('、')}`,
};

export const volunteered: ScorePart = {
  points: (i, plan) => (plan.volunteers.includes(i) ? SCORE_WEIGHTS.volunteered : 0),
  reason: () => '自ら名乗り出ている',
};

export const withHost: ScorePart = {
  points: (i, plan) => Math.min(plan.withHost[i], SCORE_WEIGHTS.withHostMaxOccasions) * SCORE_WEIGHTS.withHost,
  reason: (i, plan) => `依頼者と以前に一緒に進行（${plan.withHost[i]}回）`,
};

/** Only once someone is assigned: before that, every organisation would score alike. */
export const newOrganisation: ScorePart = {
  points: (i, plan, context) => (plan.assignedRoots.size > 0 && !plan.assignedRoots.has(context.rootOf[i]) ? SCORE_WEIGHTS.newOrganisation : 0),
  reason: (i, _plan, context) => `まだ割り当てのない部局から（${context.departmentName(context.rootOf[i])}）`,
};

export const lightLoad: ScorePart = {
  points: (i, plan) => Math.max(0, SCORE_WEIGHTS.lightLoad - plan.yearCounts[i]),
  reason: (i, plan) => `${plan.fiscalYear}年度の派遣 ${plan.yearCounts[i]}件（負担の分散）`,
};

export const mentor: ScorePart = {
  points: (i, plan, context) => (plan.firstTimeHost && context.mentors[i] === 1 ? SCORE_WEIGHTS.mentor : 0),
  reason: (i, _plan, context) => `初めての依頼者に${context.facilitators[i].roles.includes('senior') ? '先輩世話人' : '講師'}として`,
};

/** In the order their reasons are shown. */
export const SCORE_PARTS: readonly ScorePart[] = [methods, volunteered, withHost, newOrganisation, lightLoad, mentor];

/** The score of facilitator `i`. Called for every candidate, so each part is called by name (V8 inlines them). */
export function scoreOf(i: number, plan: RequestPlan, context: MatchingContext): number {
  return (
    methods.points(i, plan, context) +
    volunteered.points(i, plan, context) +
    withHost.points(i, plan, context) +
    newOrganisation.points(i, plan, context) +
    lightLoad.points(i, plan, context) +
    mentor.points(i, plan, context)
  );
}

export function scoreReasons(i: number, plan: RequestPlan, context: MatchingContext): string[] {
  return SCORE_PARTS.filter((part) => part.points(i, plan, context) > 0).map((part) => part.reason(i, plan, context));
}
