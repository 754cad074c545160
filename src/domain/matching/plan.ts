import type { IsoDate } from '../dates';
import { fiscalQuarterKey, fiscalYear, formatFiscalQuarter, minutesOf, parseIsoDate } from '../dates';
import type { DispatchRequest } from '../handbook';
import type { Session } from '../schemas/requests';
import type { MatchingContext } from './context';
import { firstSessionDate, pairCountsBefore } from './history';

/** One session of a request, with what the rules need worked out once. */
export interface SessionPlan {
  session: Session;
  /** `12月10日`, to say which session blocks someone. */
  dateLabel: string;
  quarter: string;
  /** `2026年度 第3四半期` */
  quarterLabel: string;
  startMinutes: number;
  endMinutes: number;
}

/** A request, with what the rules and score parts read worked out once. */
export interface RequestPlan {
  request: DispatchRequest;
  /** Place of the host in the context, -1 when unknown. */
  host: number;
  /** Organisation (root department id) of the requesting department. */
  root: string;
  sessions: SessionPlan[];
  firstDate: IsoDate;
  fiscalYear: number;
  /** Dispatches of facilitator `i` in `fiscalYear`. */
  yearCounts: Int32Array;
  /** The methods the request wants, with who practises each. */
  wanted: { id: string; name: string; practised: Uint8Array }[];
  /** Places of those who offered to help: `volunteers:` and offer files alike. */
  volunteers: readonly number[];
  /** Places of those already assigned. */
  assigned: readonly number[];
  /** Organisations already among the assigned. */
  assignedRoots: ReadonlySet<string>;
  /** Place → occasions before this request on which they facilitated with the host. */
  withHost: ReadonlyMap<number, number>;
  /** The host has not hosted before this request. */
  firstTimeHost: boolean;
}

/** `12月10日` */
export function formatMonthDay(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  return parsed ? `${parsed.month}月${parsed.day}日` : date;
}

/** Places of the known facilitators among `ids`. */
function placesOf(ids: readonly string[], context: MatchingContext): number[] {
  return ids.flatMap((id) => context.indexOf.get(id) ?? []);
}

function planSession(session: Session): SessionPlan {
  const quarter = fiscalQuarterKey(session.date);
  return {
    session,
    dateLabel: formatMonthDay(session.date),
    quarter,
    quarterLabel: formatFiscalQuarter(quarter),
    startMinutes: minutesOf(session.start),
    endMinutes: minutesOf(session.end),
  };
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
    root: context.organisation.rootOf(request.department),
    sessions: request.sessions.map(planSession),
    firstDate,
    fiscalYear: year,
    yearCounts: context.yearCounts(year),
    wanted: request.methods.map((id) => ({
      id,
      name: context.methodNames.get(id) ?? id,
      practised: context.practises(id),
    })),
    volunteers: placesOf(
      context.volunteersOf(request.id).map((volunteer) => volunteer.facilitator),
      context,
    ),
    assigned,
    assignedRoots: new Set(assigned.map((i) => context.rootOf[i])),
    withHost,
    firstTimeHost: firstHosted === undefined || firstHosted >= firstDate,
  };
}
