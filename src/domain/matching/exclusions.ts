import { formatTimeRange } from '../dates';
import { overlaps } from './bookings';
import type { MatchingContext } from './context';
import type { RequestPlan, SessionPlan } from './plan';

/**
 * The hard rules: each gives the reason facilitator `i` (their place in the context) cannot
 * be suggested for a request, or undefined. Someone is excluded when any rule gives a reason,
 * and all the reasons are shown.
 */

/** A rule about the request as a whole. */
export type RequestRule = (i: number, plan: RequestPlan, context: MatchingContext) => string | undefined;

/** A rule checked for each session: someone blocked for any session is excluded. */
export type SessionRule = (i: number, session: SessionPlan, plan: RequestPlan, context: MatchingContext) => string | undefined;

export const isHost: RequestRule = (i, plan) => (i === plan.host ? '依頼者本人' : undefined);

/** A dispatch is help from another organisation; a regional office under the same bureau is not. */
export const sameOrganisation: RequestRule = (i, plan, context) =>
  context.rootIndex[i] === plan.root ? `依頼元と同じ組織（${plan.organisationName}）` : undefined;

export const unavailable: RequestRule = (i, _plan, context) => (context.available[i] === 1 ? undefined : '派遣不可に設定');

/** This request itself is not counted against someone already assigned to it. */
export const quarterLimit: SessionRule = (i, session, plan, context) => {
  const max = context.maxPerQuarter[i];
  let count = session.quarterCounts[i];
  if (count < max) return undefined;
  if (plan.assigned.has(i)) count -= 1;
  return count >= max ? `${session.quarterLabel}の派遣が上限（${count}/${max}）` : undefined;
};

export const timeClash: SessionRule = (i, session, plan) => {
  const bookings = session.bookings?.get(i);
  if (bookings === undefined) return undefined;
  const clashes = bookings.filter(
    (booking) => booking.requestId !== plan.request.id && overlaps(booking, session.startMinutes, session.endMinutes),
  );
  if (clashes.length === 0) return undefined;
  const where = clashes.map((booking) => `${session.dateLabel} ${formatTimeRange(booking.start, booking.end)}: ${booking.requestId}`);
  return `同じ時間帯に別の派遣（${where.join('、')}）`;
};

export const outsideRegions: SessionRule = (i, session, plan) => {
  if (session.outside === undefined || session.outside[i] === 0) return undefined;
  // With one session the region says which; with several, the date does.
  const which = plan.sessions.length > 1 ? `${session.dateLabel}の` : '';
  return `${which}開催地域（${session.session.region}）が移動可能地域外`;
};

function add(reasons: string[] | undefined, reason: string | undefined): string[] | undefined {
  if (reason === undefined) return reasons;
  if (reasons === undefined) return [reason];
  // Two sessions in one quarter give the same load reason: say it once.
  if (!reasons.includes(reason)) reasons.push(reason);
  return reasons;
}

/**
 * Every reason facilitator `i` is excluded from a request; undefined for a candidate. Called
 * for every pair, so each rule is called by name rather than through a list (V8 inlines them).
 */
export function exclusionReasons(i: number, plan: RequestPlan, context: MatchingContext): string[] | undefined {
  let reasons = add(undefined, isHost(i, plan, context));
  reasons = add(reasons, sameOrganisation(i, plan, context));
  reasons = add(reasons, unavailable(i, plan, context));
  for (const session of plan.sessions) {
    reasons = add(reasons, quarterLimit(i, session, plan, context));
    reasons = add(reasons, timeClash(i, session, plan, context));
    reasons = add(reasons, outsideRegions(i, session, plan, context));
  }
  return reasons;
}
