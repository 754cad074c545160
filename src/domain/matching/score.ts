import type { MatchingContext, Profile } from './context';
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

export interface ScorePart {
  points(profile: Profile, plan: RequestPlan): number;
  /** Why it gave points; asked only when it did. */
  reason(profile: Profile, plan: RequestPlan, context: MatchingContext): string;
}

export const methods: ScorePart = {
  points(profile, plan) {
    let matches = 0;
    for (const method of plan.request.methods) if (profile.methods.has(method)) matches += 1;
    return matches * SCORE_WEIGHTS.method;
  },
  reason(profile, plan, context) {
    const names = plan.request.methods.filter((method) => profile.methods.has(method)).map((method) => context.methodNames.get(method) ?? method);
    return `希望の手法を実践: ${names.join('、')}`;
  },
};

export const volunteered: ScorePart = {
  points: (profile, plan) => (plan.volunteers.has(profile.facilitator.id) ? SCORE_WEIGHTS.volunteered : 0),
  reason: () => '自ら名乗り出ている',
};

export const withHost: ScorePart = {
  points(profile, plan) {
    const occasions = plan.withHost.get(profile.facilitator.id) ?? 0;
    return Math.min(occasions, SCORE_WEIGHTS.withHostMaxOccasions) * SCORE_WEIGHTS.withHost;
  },
  reason: (profile, plan) => `依頼者と以前に一緒に進行（${plan.withHost.get(profile.facilitator.id)}回）`,
};

/** Only once someone is assigned: before that, every organisation would score alike. */
export const newOrganisation: ScorePart = {
  points: (profile, plan) => (plan.assignedRoots.size > 0 && !plan.assignedRoots.has(profile.root) ? SCORE_WEIGHTS.newOrganisation : 0),
  reason: (profile, _plan, context) => `まだ割り当てのない部局から（${context.organisationName(profile.facilitator.department)}）`,
};

export const lightLoad: ScorePart = {
  points: (profile, plan) => Math.max(0, SCORE_WEIGHTS.lightLoad - (profile.years.get(plan.fiscalYear) ?? 0)),
  reason: (profile, plan) => `${plan.fiscalYear}年度の派遣 ${profile.years.get(plan.fiscalYear) ?? 0}件（負担の分散）`,
};

export const mentor: ScorePart = {
  points(profile, plan) {
    const roles = profile.facilitator.roles;
    return plan.firstTimeHost && (roles.includes('senior') || roles.includes('trainer')) ? SCORE_WEIGHTS.mentor : 0;
  },
  reason: (profile) => `初めての依頼者に${profile.facilitator.roles.includes('senior') ? '先輩世話人' : '講師'}として`,
};

/** In the order their reasons are shown. */
export const SCORE_PARTS: readonly ScorePart[] = [methods, volunteered, withHost, newOrganisation, lightLoad, mentor];

export function scoreOf(profile: Profile, plan: RequestPlan): number {
  let score = 0;
  for (const part of SCORE_PARTS) score += part.points(profile, plan);
  return score;
}

export function scoreReasons(profile: Profile, plan: RequestPlan, context: MatchingContext): string[] {
  return SCORE_PARTS.filter((part) => part.points(profile, plan) > 0).map((part) => part.reason(profile, plan, context));
}
