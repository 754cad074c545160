import type { IsoDate } from '../dates';
import { minutesOf, parseIsoDate } from '../dates';
import type { DispatchRequest } from '../handbook';
import type { Session } from '../schemas/requests';
import type { MatchingContext, SessionDay } from './context';
import { pairCountsBefore } from './history';

/** One session of a request, with what the rules need worked out once. */
export interface SessionPlan extends SessionDay {
  session: Session;
  /** `12月10日の回`, or `この回` when the request has one session. */
  sessionLabel: string;
  startMinutes: number;
  endMinutes: number;
  /** Where it is held: its own `region`, else its department's (following `parent`). */
  region: string | undefined;
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
  /** The methods the request wants: who lists each, and how often each facilitated it. */
  wanted: { id: string; name: string; listed: Uint8Array; facilitated: Int32Array }[];
  /** Places of those who offered to help: `volunteers:` and offer files alike. */
  volunteers: readonly number[];
  /** Places of those already assigned. */
  assigned: readonly number[];
  /** Organisations already among the assigned. */
  assignedRoots: ReadonlySet<string>;
  /** Place → held occasions before this request on which they facilitated with the host. */
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

function planSession(
  session: Session,
  only: boolean,
  fallbackRegion: string | undefined,
  context: MatchingContext,
): SessionPlan {
  const day = context.dayOf(session.date);
  return {
    ...day,
    session,
    sessionLabel: only ? 'この回' : `${day.dateLabel}の回`,
    startMinutes: minutesOf(session.start),
    endMinutes: minutesOf(session.end),
    region: session.region ?? fallbackRegion,
  };
}

export function planRequest(request: DispatchRequest, context: MatchingContext): RequestPlan {
  const firstDate = context.index.firstSession(request).date;
  const firstHosted = context.firstHosted.get(request.host);
  const assigned = placesOf(request.assigned, context);
  const withHost = new Map<number, number>();
  for (const [id, count] of pairCountsBefore(context.pairs, request.host, firstDate)) {
    const i = context.indexOf.get(id);
    if (i !== undefined) withHost.set(i, count);
  }
  const region = context.regionOf(request.department);
  return {
    request,
    host: context.indexOf.get(request.host) ?? -1,
    root: context.organisation.rootOf(request.department),
    sessions: request.sessions.map((session) =>
      planSession(session, request.sessions.length === 1, region, context),
    ),
    firstDate,
    wanted: request.methods.map((id) => ({
      id,
      name: context.methodNames.get(id) ?? id,
      listed: context.practises(id),
      facilitated: context.facilitated(id),
    })),
    volunteers: placesOf(context.index.volunteersOf(request.id), context),
    assigned,
    assignedRoots: new Set(assigned.map((i) => context.rootOf[i])),
    withHost,
    firstTimeHost: firstHosted === undefined || firstHosted >= firstDate,
  };
}
