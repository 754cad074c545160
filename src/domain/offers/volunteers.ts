import type { DispatchRequest, Handbook, Offer } from '../handbook';

/** Someone who offered to help a request. */
export interface Volunteer {
  /** The facilitator's id. */
  facilitator: string;
  /** Their offer file, when they offered with one (`offers/`); absent for `volunteers:` in the request. */
  offer?: Offer;
}

/** Who offered to help which request: the one place volunteers are read from. */
export interface Volunteers {
  /** Those who offered to help a request: its `volunteers:` first, then its offers by date. */
  of(requestId: string): readonly Volunteer[];
  /** The requests a facilitator offered to help with, newest first session first. */
  by(facilitatorId: string): readonly { request: DispatchRequest; volunteer: Volunteer }[];
}

const byDateThenId = (a: Offer, b: Offer) =>
  a.offered < b.offered ? -1 : a.offered > b.offered ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Volunteers of every request, from the request's own `volunteers:` list and from the offer
 * files: an offer counts as a volunteer wherever a volunteer counts. Someone listed both ways
 * (an error the check reports) counts once, with their offer.
 */
export function buildVolunteers(handbook: Pick<Handbook, 'requests' | 'offers'>): Volunteers {
  const requests = new Map(handbook.requests.map((request) => [request.id, request]));
  const offers = new Map<string, Offer[]>();
  for (const offer of [...handbook.offers].sort(byDateThenId)) {
    const list = offers.get(offer.request);
    if (list) list.push(offer);
    else offers.set(offer.request, [offer]);
  }
  const of = new Map<string, Volunteer[]>();
  for (const request of handbook.requests) {
    const offered = offers.get(request.id) ?? [];
    if (request.volunteers.length === 0 && offered.length === 0) continue;
    // In order: the request's own list, then the offers; a second mention adds its offer.
    const volunteers = new Map<string, Volunteer>();
    for (const facilitator of request.volunteers) volunteers.set(facilitator, { facilitator });
    for (const offer of offered) volunteers.set(offer.facilitator, { facilitator: offer.facilitator, offer });
    of.set(request.id, [...volunteers.values()]);
  }
  const by = new Map<string, { request: DispatchRequest; volunteer: Volunteer }[]>();
  for (const [requestId, volunteers] of of) {
    const request = requests.get(requestId)!;
    for (const volunteer of volunteers) {
      const list = by.get(volunteer.facilitator);
      if (list) list.push({ request, volunteer });
      else by.set(volunteer.facilitator, [{ request, volunteer }]);
    }
  }
  const firstDate = (request: DispatchRequest) =>
    request.sessions.reduce((first, s) => (s.date < first ? s.date : first), request.sessions[0].date);
  for (const list of by.values())
    list.sort((a, b) => firstDate(b.request).localeCompare(firstDate(a.request)));
  return { of: (id) => of.get(id) ?? [], by: (id) => by.get(id) ?? [] };
}
