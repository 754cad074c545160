import type { IsoDate } from '../dates';
import type { DispatchRequest } from '../handbook';
import type { Session } from '../schemas/requests';

export interface UpcomingSession {
  request: DispatchRequest;
  session: Session;
  index: number;
}

/** Sessions from today on, of requests that are not cancelled, soonest first. */
export function upcomingSessions(requests: readonly DispatchRequest[], today: IsoDate): UpcomingSession[] {
  return requests
    .filter((request) => request.status !== 'cancelled')
    .flatMap((request) => request.sessions.map((session, index) => ({ request, session, index })))
    .filter(({ session }) => session.date >= today)
    .sort(
      (a, b) =>
        a.session.date.localeCompare(b.session.date) || a.session.start.localeCompare(b.session.start),
    );
}
