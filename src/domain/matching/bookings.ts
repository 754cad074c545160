import type { IsoDate } from '../dates';
import { minutesOf } from '../dates';
import type { DispatchRequest } from '../handbook';

/** A facilitator's time taken by a session of a request they are dispatched to or host. */
export interface Booking {
  requestId: string;
  /** `assigned`: dispatched to it; `host`: the request is theirs. */
  as: 'assigned' | 'host';
  date: IsoDate;
  start: string;
  end: string;
  startMinutes: number;
  endMinutes: number;
}

/** date → facilitator (place in the context) → bookings that day, earliest first. */
export type BookingsByDate = Map<IsoDate, Map<number, Booking[]>>;

/**
 * Every session of every request that is not cancelled, for each assigned facilitator and for
 * its host: someone running their own session cannot be in another room at the same time.
 */
export function buildBookings(
  requests: readonly DispatchRequest[],
  indexOf: ReadonlyMap<string, number>,
): BookingsByDate {
  const byDate: BookingsByDate = new Map();
  const add = (byFacilitator: Map<number, Booking[]>, id: string, booking: Booking) => {
    const i = indexOf.get(id);
    if (i === undefined) return;
    const list = byFacilitator.get(i);
    if (list) list.push(booking);
    else byFacilitator.set(i, [booking]);
  };
  for (const request of requests) {
    if (request.status === 'cancelled') continue;
    for (const session of request.sessions) {
      const assigned: Booking = {
        requestId: request.id,
        as: 'assigned',
        date: session.date,
        start: session.start,
        end: session.end,
        startMinutes: minutesOf(session.start),
        endMinutes: minutesOf(session.end),
      };
      const byFacilitator = byDate.get(session.date) ?? new Map<number, Booking[]>();
      byDate.set(session.date, byFacilitator);
      // One booking shared by everyone assigned, one for the host.
      for (const id of request.assigned) add(byFacilitator, id, assigned);
      add(byFacilitator, request.host, { ...assigned, as: 'host' });
    }
  }
  // Sorted, so that reasons do not depend on the order the content was read in.
  for (const byFacilitator of byDate.values()) {
    for (const list of byFacilitator.values()) {
      list.sort(
        (a, b) =>
          a.startMinutes - b.startMinutes ||
          a.endMinutes - b.endMinutes ||
          (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0),
      );
    }
  }
  return byDate;
}

/** Half-open intervals: a session ending at 12:00 does not clash with one starting at 12:00. */
export function overlaps(booking: Booking, startMinutes: number, endMinutes: number): boolean {
  return booking.startMinutes < endMinutes && startMinutes < booking.endMinutes;
}
