import { formatTimeRange } from '../dates';
import { overlaps } from './bookings';
import type { MatchingContext } from './context';
import type { RequestPlan } from './plan';

/**
 * The hard rules. Each hands `exclude` the facilitators (by place in the context) it rules
 * out of a request, with the reason. A rule reads lists of only the people it concerns (the
 * organisation's members, those at their limit…), so a request costs what it excludes rather
 * than facilitators × rules.
 */
export type Exclude = (places: readonly number[], reason: string) => void;
export type Rule = (plan: RequestPlan, context: MatchingContext, exclude: Exclude) => void;

export const isHost: Rule = (plan, _context, exclude) => {
  if (plan.host >= 0) exclude([plan.host], '依頼者本人');
};

/** A dispatch is help from another organisation; a regional office under the same bureau is not. */
export const sameOrganisation: Rule = (plan, context, exclude) => {
  exclude(context.inOrganisation(plan.root), `依頼元と同じ組織（${context.departmentName(plan.root)}）`);
};

export const unavailable: Rule = (_plan, context, exclude) => {
  exclude(context.unavailable, '派遣不可に設定');
};

/** Per session quarter; this request itself is not counted against those assigned to it. */
export const quarterLimit: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    for (const { place, requests } of context.atQuarterLimit(session.quarter)) {
      const max = context.facilitators[place].dispatch.maxPerQuarter;
      const count = requests.length - (requests.includes(plan.request.id) ? 1 : 0);
      if (count >= max) exclude([place], `${session.quarterLabel}の派遣が上限（${count}/${max}）`);
    }
  }
};

/** Assigned to another request at an overlapping time on the same date. */
export const timeClash: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    for (const [i, bookings] of context.bookings.get(session.session.date) ?? []) {
      const clashes = bookings.filter(
        (booking) =>
          booking.requestId !== plan.request.id &&
          overlaps(booking, session.startMinutes, session.endMinutes),
      );
      if (clashes.length === 0) continue;
      const where = clashes.map(
        (booking) =>
          `${session.dateLabel} ${formatTimeRange(booking.start, booking.end)}: ${booking.requestId}`,
      );
      exclude([i], `同じ時間帯に別の派遣（${where.join('、')}）`);
    }
  }
};

/** A session's region outside the regions they travel to (no `dispatch.regions`: anywhere). */
export const outsideRegions: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    const region = session.session.region;
    if (region === undefined) continue;
    // With one session the region says which; with several, the date does.
    exclude(
      context.outside(region),
      `${plan.sessions.length > 1 ? `${session.dateLabel}の` : ''}開催地域（${region}）が移動可能地域外`,
    );
  }
};

/** In the order their reasons are shown. */
export const RULES: readonly Rule[] = [
  isHost,
  sameOrganisation,
  unavailable,
  quarterLimit,
  timeClash,
  outsideRegions,
];

/** Who is ruled out of a request, and why. */
export interface RuledOut {
  /** The reasons facilitator `i` is ruled out, in rule order; undefined when they are not. */
  reasonsOf(i: number): readonly string[] | undefined;
}

/**
 * Applies every rule to a request. The table holds numbers rather than lists (1 + the index
 * of the facilitator's reasons in `lists`, 0 for none), as it is filled for thousands of
 * people per request; and people ruled out for the same reasons share one list.
 */
export function exclusionsFor(plan: RequestPlan, context: MatchingContext): RuledOut {
  const slots = new Int32Array(context.facilitators.length);
  const lists: (readonly string[])[] = [];
  const exclude: Exclude = (places, reason) => {
    const alone = lists.push([reason]);
    // Someone already ruled out gets a list with this reason added, shared with everyone who
    // had the same list before.
    const added = new Map<number, number>();
    for (const i of places) {
      const slot = slots[i];
      if (slot === 0) {
        slots[i] = alone;
        continue;
      }
      let next = added.get(slot);
      if (next === undefined) {
        const before = lists[slot - 1];
        // Two sessions in one quarter give the same load reason: say it once.
        next = before.includes(reason) ? slot : lists.push([...before, reason]);
        added.set(slot, next);
      }
      slots[i] = next;
    }
  };
  for (const rule of RULES) rule(plan, context, exclude);
  return { reasonsOf: (i) => (slots[i] === 0 ? undefined : lists[slots[i] - 1]) };
}
