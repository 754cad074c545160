import { formatTimeRange } from '../dates';
import { fitsTimeOfDay } from '../dispatch/availability';
import { overlaps } from './bookings';
import { quarterLimitReason, type MatchingContext } from './context';
import type { RequestPlan } from './plan';

/**
 * The hard rules. Each hands `exclude` the facilitators (by place in the context) it rules
 * out of a request, with the reason. A rule reads lists of only the people it concerns (the
 * organisation's members, those at their limit…), so a request costs what it excludes rather
 * than facilitators × rules. The rules that read only the requesting organisation are applied
 * once per organisation, and each request starts from a copy of that table.
 */
export type Exclude = (places: readonly number[], reason: string) => void;
export type Rule = (plan: RequestPlan, context: MatchingContext, exclude: Exclude) => void;
/** A rule that depends only on the requesting organisation (its root department). */
export type OrganisationRule = (root: string, context: MatchingContext, exclude: Exclude) => void;

/** The host asks for help; they are not a candidate. Always the first reason. */
export const HOST_REASON = '依頼者本人';

/** A dispatch is help from another organisation; a regional office under the same bureau is not. */
export const sameOrganisation: OrganisationRule = (root, context, exclude) => {
  exclude(context.inOrganisation(root), `依頼元と同じ組織（${context.departmentName(root)}）`);
};

export const unavailable: OrganisationRule = (_root, context, exclude) => {
  exclude(context.unavailable, '派遣不可に設定');
};

/** A dated absence (`dispatch.away`) covering a session. */
export const away: Rule = (plan, context, exclude) => {
  const groups = byReason();
  for (const session of plan.sessions) {
    for (const { place, reason } of context.awayOn(session.session.date)) groups.add(place, reason);
  }
  groups.flush(exclude);
};

/** A session in a month they never go (`dispatch.unavailableMonths`). */
export const unavailableMonth: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    exclude(context.unavailableIn(session.month), `${session.month}月は派遣できない月`);
  }
};

/** A session on a day of the week they do not go (`dispatch.weekdays`). */
export const weekday: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    for (const { label, places } of context.notOn(session.weekday)) {
      exclude(places, `${label}のみ（${session.dateLabel}は${session.weekdayLabel}曜）`);
    }
  }
};

/** A session outside the time of day they take (`dispatch.timeOfDay`). */
export const timeOfDay: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    const { start, end } = session.session;
    const when = `${session.sessionLabel}は${formatTimeRange(start, end)}`;
    if (!fitsTimeOfDay('morning', session.startMinutes, session.endMinutes))
      exclude(context.morningOnly, `午前のみ（${when}）`);
    if (!fitsTimeOfDay('afternoon', session.startMinutes, session.endMinutes))
      exclude(context.afternoonOnly, `午後のみ（${when}）`);
  }
};

/** Per session quarter; this request itself is not counted against those assigned to it. */
export const quarterLimit: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    const atLimit = context.atQuarterLimit(session.quarter);
    if (plan.assigned.length === 0) {
      // Nobody is assigned to this request, so nobody's count changes: the reasons are the
      // context's, grouped once per quarter.
      for (const { reason, places } of atLimit.groups) exclude(places, reason);
      continue;
    }
    const groups = byReason();
    for (const { place, requests } of atLimit.entries) {
      const max = context.facilitators[place].dispatch.maxPerQuarter;
      const count = requests.length - (requests.includes(plan.request.id) ? 1 : 0);
      if (count >= max) groups.add(place, quarterLimitReason(session.quarter, count, max));
    }
    groups.flush(exclude);
  }
};

/**
 * Dispatched to another request, or hosting one, at an overlapping time on the same date:
 * running one's own session keeps one as busy as a dispatch.
 */
export const timeClash: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    // Many people have bookings on a busy date and few of them clash: words only for those.
    for (const [i, bookings] of context.bookings.get(session.session.date) ?? []) {
      let dispatched: string[] | undefined;
      let hosting: string[] | undefined;
      for (const booking of bookings) {
        if (
          booking.requestId === plan.request.id ||
          !overlaps(booking, session.startMinutes, session.endMinutes)
        )
          continue;
        const said = `${session.dateLabel} ${formatTimeRange(booking.start, booking.end)}: ${booking.requestId}`;
        if (booking.as === 'assigned') (dispatched ??= []).push(said);
        else (hosting ??= []).push(said);
      }
      if (dispatched) exclude([i], `同じ時間帯に別の派遣（${dispatched.join('、')}）`);
      if (hosting) exclude([i], `同じ時間帯に自分の依頼の回（${hosting.join('、')}）`);
    }
  }
};

/**
 * A session's region outside the regions they travel to (no `dispatch.regions`: anywhere). A
 * session without a region is held in its department's region.
 */
export const outsideRegions: Rule = (plan, context, exclude) => {
  for (const session of plan.sessions) {
    if (session.region === undefined) continue;
    // With one session the region says which; with several, the date does.
    exclude(
      context.outside(session.region),
      `${plan.sessions.length > 1 ? `${session.dateLabel}の` : ''}開催地域（${session.region}）が移動可能地域外`,
    );
  }
};

/** Rules of the requesting organisation, in the order their reasons are shown (after the host's). */
export const ORGANISATION_RULES: readonly OrganisationRule[] = [sameOrganisation, unavailable];

/** Rules of the request's sessions, in the order their reasons are shown (after the above). */
export const SESSION_RULES: readonly Rule[] = [
  away,
  unavailableMonth,
  weekday,
  timeOfDay,
  quarterLimit,
  timeClash,
  outsideRegions,
];

/**
 * Who is ruled out of a request, and why. `slots[i]` is 0 for facilitator `i` when no rule
 * rules them out, else 1 + the index of their reasons in `lists`, in rule order; people ruled
 * out for the same reasons share one list. The table holds numbers rather than lists, as it is
 * filled for thousands of people per request.
 */
export interface RuledOut {
  slots: Int32Array;
  lists: readonly (readonly string[])[];
  /**
   * Slots up to this one are those of the organisation's rules alone: the same reasons for
   * every request of that organisation.
   */
  organisationSlots: number;
}

/** The reasons facilitator `i` is ruled out, in rule order; undefined when they are not. */
export function reasonsOf(ruledOut: RuledOut, i: number): readonly string[] | undefined {
  const slot = ruledOut.slots[i];
  return slot === 0 ? undefined : ruledOut.lists[slot - 1];
}

/** An exclusion table being filled: see `RuledOut`. */
interface Table {
  slots: Int32Array;
  lists: (readonly string[])[];
}

/**
 * Rules out `places` for `reason` in a table. Someone already ruled out gets a list with this
 * reason added, shared with everyone who had the same list before: `moved[slot]` is that new
 * slot, valid while `stamp[slot]` is this call's number (arrays reused from call to call,
 * as a Map per call cost more than the rest of the work on large handbooks).
 */
function excluder({ slots, lists }: Table): Exclude {
  let moved = new Int32Array(64);
  let stamp = new Int32Array(64);
  let call = 0;
  return (places, reason) => {
    if (places.length === 0) return;
    call += 1;
    const alone = lists.push([reason]);
    for (const i of places) {
      const slot = slots[i];
      if (slot === 0) {
        slots[i] = alone;
        continue;
      }
      if (slot >= moved.length) {
        const size = Math.max(slot + 1, moved.length * 2);
        const grownMoved = new Int32Array(size);
        grownMoved.set(moved);
        const grownStamp = new Int32Array(size);
        grownStamp.set(stamp);
        moved = grownMoved;
        stamp = grownStamp;
      }
      if (stamp[slot] !== call) {
        const before = lists[slot - 1];
        // Two sessions in one quarter give the same load reason: say it once.
        moved[slot] = before.includes(reason) ? slot : lists.push([...before, reason]);
        stamp[slot] = call;
      }
      slots[i] = moved[slot];
    }
  };
}

/** Places grouped by the reason that rules them out, so that each reason is handed over once. */
function byReason(): { add(place: number, reason: string): void; flush(exclude: Exclude): void } {
  const groups = new Map<string, number[]>();
  return {
    add(place, reason) {
      const group = groups.get(reason);
      if (group) group.push(place);
      else groups.set(reason, [place]);
    },
    flush(exclude) {
      for (const [reason, places] of groups) exclude(places, reason);
    },
  };
}

const organisationTables = new WeakMap<MatchingContext, Map<string, Table>>();

/** The organisation's rules applied once per organisation and context. */
function organisationTable(root: string, context: MatchingContext): Table {
  let tables = organisationTables.get(context);
  if (!tables) organisationTables.set(context, (tables = new Map<string, Table>()));
  let table = tables.get(root);
  if (!table) {
    table = { slots: new Int32Array(context.facilitators.length), lists: [] };
    const exclude = excluder(table);
    for (const rule of ORGANISATION_RULES) rule(root, context, exclude);
    tables.set(root, table);
  }
  return table;
}

/** Applies every rule to a request. */
export function exclusionsFor(plan: RequestPlan, context: MatchingContext): RuledOut {
  const base = organisationTable(plan.root, context);
  const table: Table = { slots: base.slots.slice(), lists: [...base.lists] };
  const exclude = excluder(table);
  for (const rule of SESSION_RULES) rule(plan, context, exclude);
  const { slots, lists } = table;
  if (plan.host >= 0) {
    const before = slots[plan.host] === 0 ? [] : lists[slots[plan.host] - 1];
    slots[plan.host] = lists.push([HOST_REASON, ...before]);
  }
  return { slots, lists, organisationSlots: base.lists.length };
}
