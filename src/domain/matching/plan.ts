import type { IsoDate } from '../dates';
import { fiscalQuarterKey, fiscalYear, formatFiscalQuarter, minutesOf, parseIsoDate } from '../dates';
import type { DispatchRequest } from '../handbook';
import type { Session } from '../schemas/requests';
import type { Booking } from './bookings';
import type { MatchingContext } from './context';
import { firstSessionDate, pairCountsBefore } from './history';

/** One session of a request, with what the per-session rules look up worked out once. */
export interface SessionPlan {
  session: Session;
  /** `12月10日`, to say which session blocks someone. */
  dateLabel: string;
  quarter: string;
  /** `2026年度 第3四半期` */
  quarterLabel: string;
  startMinutes: number;
  endMinutes: number;
  /** Who is already booked on the session's date. */
  bookings: ReadonlyMap<string, readonly Booking[]> | undefined;
}

/** A request, with what the rules and score parts look up worked out once. */
export interface RequestPlan {
  request: DispatchRequest;
  /** Organisation (root department) of the requesting department. */
  root: string;
  organisationName: string;
  sessions: SessionPlan[];
  firstDate: IsoDate;
  fiscalYear: number;
  volunteers: ReadonlySet<string>;
  assigned: ReadonlySet<string>;
  /** Organisations already among the assigned. */
  assignedRoots: ReadonlySet<string>;
  /** Facilitator id → earlier occasions with the host. */
  withHost: ReadonlyMap<string, number>;
  /** The host has not hosted before this request. */
  firstTimeHost: boolean;
}

/** `12月10日` */
export function formatMonthDay(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  return parsed ? `${parsed.month}月${parsed.day}日` : date;
}

export function planRequest(request: DispatchRequest, context: MatchingContext): RequestPlan {
  const firstDate = firstSessionDate(request);
  const firstHosted = context.firstHosted.get(request.host);
  return {
    request,
    root: context.organisation.rootOf(request.department),
    organisationName: context.organisationName(request.department),
    sessions: request.sessions.map((session) => {
      const quarter = fiscalQuarterKey(session.date);
      return {
        session,
        dateLabel: formatMonthDay(session.date),
        quarter,
        quarterLabel: formatFiscalQuarter(quarter),
        startMinutes: minutesOf(session.start),
        endMinutes: minutesOf(session.end),
        bookings: context.bookings.get(session.date),
      };
    }),
    firstDate,
    fiscalYear: fiscalYear(firstDate),
    volunteers: new Set(request.volunteers),
    assigned: new Set(request.assigned),
    assignedRoots: new Set(request.assigned.flatMap((id) => context.profilesById.get(id)?.root ?? [])),
    withHost: pairCountsBefore(context.pairs, request.host, firstDate),
    firstTimeHost: firstHosted === undefined || firstHosted >= firstDate,
  };
}
