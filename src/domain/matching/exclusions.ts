import { formatTimeRange } from '../dates';
import { overlaps } from './bookings';
import type { Profile } from './context';
import type { RequestPlan, SessionPlan } from './plan';

/**
 * The hard rules: each gives the reason a facilitator cannot be suggested for a request, or
 * undefined. Someone is excluded when any rule gives a reason; all reasons are shown.
 */

/** A rule about the request as a whole. */
export type RequestRule = (profile: Profile, plan: RequestPlan) => string | undefined;

/** A rule checked for each session: someone blocked for any session is excluded. */
export type SessionRule = (profile: Profile, session: SessionPlan, plan: RequestPlan) => string | undefined;

export const isHost: RequestRule = (profile, plan) => (profile.facilitator.id === plan.request.host ? '依頼者本人' : undefined);

/** A dispatch is help from another organisation; a regional office under the same bureau is not. */
export const sameOrganisation: RequestRule = (profile, plan) =>
  profile.root === plan.root ? `依頼元と同じ組織（${plan.organisationName}）` : undefined;

export const unavailable: RequestRule = (profile) => (profile.facilitator.dispatch.available ? undefined : '派遣不可に設定');

/** This request itself is not counted against someone already assigned to it. */
export const quarterLimit: SessionRule = (profile, session, plan) => {
  const max = profile.facilitator.dispatch.maxPerQuarter;
  const ids = profile.quarters?.get(session.quarter);
  let count = ids?.length ?? 0;
  if (count < max) return undefined;
  if (ids?.includes(plan.request.id)) count -= 1;
  return count >= max ? `${session.quarterLabel}の派遣が上限（${count}/${max}）` : undefined;
};

export const timeClash: SessionRule = (profile, session, plan) => {
  const bookings = session.bookings?.get(profile.facilitator.id);
  if (bookings === undefined) return undefined;
  const clashes = bookings.filter(
    (booking) => booking.requestId !== plan.request.id && overlaps(booking, session.startMinutes, session.endMinutes),
  );
  if (clashes.length === 0) return undefined;
  const where = clashes.map((booking) => `${session.dateLabel} ${formatTimeRange(booking.start, booking.end)}: ${booking.requestId}`);
  return `同じ時間帯に別の派遣（${where.join('、')}）`;
};

export const outsideRegions: SessionRule = (profile, session, plan) => {
  const region = session.session.region;
  if (region === undefined || profile.regions === undefined || profile.regions.has(region)) return undefined;
  // With one session the region says which; with several, the date does.
  const which = plan.sessions.length > 1 ? `${session.dateLabel}の` : '';
  return `${which}開催地域（${region}）が移動可能地域外`;
};

export const REQUEST_RULES: readonly RequestRule[] = [isHost, sameOrganisation, unavailable];
export const SESSION_RULES: readonly SessionRule[] = [quarterLimit, timeClash, outsideRegions];

/** Every reason a facilitator is excluded from a request; undefined when they are a candidate. */
export function exclusionReasons(profile: Profile, plan: RequestPlan): string[] | undefined {
  let reasons: string[] | undefined;
  for (const rule of REQUEST_RULES) {
    const reason = rule(profile, plan);
    if (reason !== undefined) (reasons ??= []).push(reason);
  }
  for (const session of plan.sessions) {
    for (const rule of SESSION_RULES) {
      const reason = rule(profile, session, plan);
      // Two sessions in one quarter give the same load reason: say it once.
      if (reason !== undefined && !reasons?.includes(reason)) (reasons ??= []).push(reason);
    }
  }
  return reasons;
}
