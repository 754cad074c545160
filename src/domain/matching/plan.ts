import type { IsoDate } from '../dates';
import { fiscalQuarterKey, fiscalYear, formatFiscalQuarter, minutesOf, parseIsoDate } from '../dates';
import type { DispatchRequest } from '../handbook';
import type { Session } from '../schemas/requests';
import type { Booking } from './bookings';
import type { MatchingContext } from './context';
import { firstSessionDate, pairCountsBefore } from './history';

/** One session of a request, with what the per-session rules read worked out once. */
export interface SessionPlan {
  session: Session;
  /** `12月10日`, to say which session blocks someone. */
  dateLabel: string;
  quarter: string;
  /** `2026年度 第3四半期` */
  quarterLabel: string;
  /** Dispatches of facilitator `i` in the session's quarter. */
  quarterCounts: Int32Array;
  startMinutes: number;
  endMinutes: number;
  /** Who is booked on the session's date. */
  bookings: ReadonlyMap<number, readonly Booking[]> | undefined;
  /** 1 where facilitator `i` does not travel to the session's region; undefined without a region. */
  outside: Uint8Array | undefined;
}

/** A request, with what the rules and score parts read worked out once. */
export interface RequestPlan {
  request: DispatchRequest;
  /** Place of the host in the context, -1 when unknown. */
  host: number;
  /** Organisation (root) of the requesting department, as in `context.rootIndex`. */
  root: number;
  organisationName: string;
  sessions: SessionPlan[];
  firstDate: IsoDate;
  fiscalYear: number;
  /** Dispatches of facilitator `i` in `fiscalYear`. */
  yearCounts: Int32Array;
  /** What the request wants, with who practises each. */
  wanted: { id: string; name: string; practised: Uint8Array }[];
  /** Places of the facilitators who volunteered. */
  volunteers: ReadonlySet<number>;
  /** Places of the facilitators already assigned. */
  assigned: ReadonlySet<number>;
  /** Organisations (root places) already among the assigned. */
  assignedRoots: ReadonlySet<number>;
  /** Facilitator place → earlier occasions with the host. */
  withHost: ReadonlyMap<number, number>;
  /** The host has not hosted before this request. */
  firstTimeHost: boolean;
}

/** `12月10日` */
export function formatMonthDay(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  return parsed ? `${parsed.month}月${parsed.day}日` : date;
}

function placesOf(ids: readonly string[], context: MatchingContext): Set<number> {
  return new Set(ids.flatMap((id) => context.indexOf.get(id) ?? []));
}

export function planRequest(request: DispatchRequest, context: MatchingContext): RequestPlan {
  const firstDate = firstSessionDate(request);
  const year = fiscalYear(firstDate);
  const firstHosted = context.firstHosted.get(request.host);
  const assigned = placesOf(request.assigned, context);
  const withHost = new Map<number, number>();
  for (const [id, count] of pairCountsBefore(context.pairs, request.host, firstDate)) {
    const i = context.indexOf.get(id);
    if (i !== undefined) withHost.set(i, count);
  }
  return {
    request,
    host: context.indexOf.get(request.host) ?? -1,
    root: context.rootIndexOf(request.department),
    organisationName: context.organisationName(request.department),
    sessions: request.sessions.map((session) => {
      const quarter = fiscalQuarterKey(session.date);
      return {
        session,
        dateLabel: formatMonthDay(session.date),
        quarter,
        quarterLabel: formatFiscalQuarter(quarter),
        quarterCounts: context.quarterCounts(quarter),
        startMinutes: minutesOf(session.start),
        endMinutes: minutesOf(session.end),
        bookings: context.bookings.get(session.date),
        outside: session.region === undefined ? undefined : context.outside(session.region),
      };
    }),
    firstDate,
    fiscalYear: year,
    yearCounts: context.yearCounts(year),
    wanted: request.methods.map((id) => ({ id, name: context.methodNames.get(id) ?? id, practised: context.practises(id) })),
    volunteers: placesOf(request.volunteers, context),
    assigned,
    assignedRoots: new Set([...assigned].map((i) => context.rootIndex[i])),
    withHost,
    firstTimeHost: firstHosted === undefined || firstHosted >= firstDate,
  };
}
