import { formatTimeRange } from '../dates';
import { dispatchesIn } from '../dispatch/load';
import { overlaps } from './bookings';
import type { MatchingContext } from './context';
import type { RequestPlan } from './plan';

/**
 * The hard rules. Each calls `exclude` for every facilitator (by place in the context) it
 * rules out of a request, with the reason. A rule walks only the people it concerns (the
 * organisation's members, those at their limit…), so a request costs what it excludes rather
 * than facilitators × rules.
 */
export type Exclude = (i: number, reason: string) => void;
export type Rule = (plan: RequestPlan, context: MatchingContext, exclude: Exclude) => void;

export const isHost: Rule = (plan, _context, exclude) => {
  if (plan.host >= 0) exclude(plan.host, '依頼者本人');
};

/** A dispatch is help from another organisation; a regional office under the same bureau is not. */
export const sameOrganisation: Rule = (plan, context, exclude) => {
  const reason = `依頼元と同じ組織（${context.departmentName(plan.root)}）`;
  for (const i of context.inOrganisation(plan.root)) exclude(i, reason);
};

export const unavailable: Rule = (_plan, context, exclude) => {
  for (const i of context.unavailable) exclude(i, '派遣不可に設定');
};

/** Per session quarter; this request itself is not counted against those assigned to it. */
export const quarterLimit: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    for (const i of context.atQuarterLimit(session.quarter)) {
      const { id, dispatch } = context.facilitators[i];
      const count = dispatchesIn(context.load, id, session.quarter).filter((requestId) => requestId !== plan.request.id).length;
      if (count >= dispatch.maxPerQuarter) exclude(i, `${session.quarterLabel}の派遣が上限（${count}/${dispatch.maxPerQuarter}）`);
    }
  }
};

/** Assigned to another request at an overlapping time on the same date. */
export const timeClash: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    for (const [i, bookings] of context.bookings.get(session.session.date) ?? []) {
      const clashes = bookings.filter((booking) => booking.requestId !== plan.request.id && overlaps(booking, session.startMinutes, session.endMinutes));
      if (clashes.length === 0) continue;
      const where = clashes.map((booking) => `${session.dateLabel} ${formatTimeRange(booking.start, booking.end)}: ${booking.requestId}`);
      exclude(i, `同じ時間帯に別の派遣（${where.join('、')}）`);
    }
  }
};

/** A session's region outside the regions they travel to (no `dispatch.regions`: anywhere). */
export const outsideRegions: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    const region = session.session.region;
    if (region === undefined) continue;
    // With one session the region says which; with several, the date does.
    const reason = `${plan.sessions.length > 1 ? `${session.dateLabel}の` : ''}開催地域（${region}）が移動可能地域外`;
    for (const i of context.outside(region)) exclude(i, reason);
  }
};

/** In the order their reasons are shown. */
export const RULES: readonly Rule[] = [isHost, sameOrganisation, unavailable, quarterLimit, timeClash, outsideRegions];

/**
 * The reasons each facilitator is ruled out of a request, by place; undefined for those who
 * are not. Everyone ruled out for the same single reason shares one list, so that a large
 * handbook does not allocate a list per pair.
 */
export function exclusionsFor(plan: RequestPlan, context: MatchingContext): (readonly string[] | undefined)[] {
  const reasons = new Array<readonly string[] | undefined>(context.facilitators.length);
  let last: readonly string[] = [];
  const exclude: Exclude = (i, reason) => {
    const current = reasons[i];
    if (current === undefined) {
      if (last[0] !== reason) last = [reason];
      reasons[i] = last;
    } else if (!current.includes(reason)) {
      reasons[i] = [...current, reason];
    }
  };
  for (const rule of RULES) rule(plan, context, exclude);
  return reasons;
}
