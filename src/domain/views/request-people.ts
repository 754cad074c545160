import type { DispatchRequest, Facilitator, Offer } from '../handbook';
import { isOfferable } from '../offers/check-offers';
import { excludedFrom } from '../offers/offer-lookups';
import type { HandbookIndex } from './handbook-index';

/** Someone who offered to help a request, as its page shows them. */
export interface VolunteerView {
  id: string;
  facilitator?: Facilitator;
  /** Their offer file, when they offered with one. */
  offer?: Offer;
  /** Already dispatched to this request. */
  assigned: boolean;
  /** Why the hard rules of the suggestions rule them out, when they do (shown, never hidden). */
  excluded?: readonly string[];
}

/**
 * Everyone who offered to help a request (its `volunteers:` and its offers), each with the
 * hard rules that rule them out, for a request one can still offer for.
 */
export function volunteerViews(index: HandbookIndex, request: DispatchRequest): VolunteerView[] {
  const volunteers = index.volunteerEntriesOf(request.id);
  const excluded =
    volunteers.length > 0 && isOfferable(request) ? excludedFrom(request, index.matching) : undefined;
  return volunteers.map(({ facilitator: id, offer }) => {
    const reasons = excluded?.get(id);
    return {
      id,
      ...(index.facilitator.has(id) && { facilitator: index.facilitator.get(id) }),
      ...(offer && { offer }),
      assigned: request.assigned.includes(id),
      ...(reasons && { excluded: reasons }),
    };
  });
}

/**
 * The requests a facilitator has offered to help with and that still wait for people (open,
 * or matched and short), where they are not yet dispatched: 「名乗り出ている依頼」 on a profile.
 */
export function openOffersOf(index: HandbookIndex, facilitatorId: string): DispatchRequest[] {
  return index
    .offeredBy(facilitatorId)
    .map(({ request }) => request)
    .filter((request) => index.needsSuggestions(request) && !request.assigned.includes(facilitatorId));
}

/** Who may offer on a request's page: while it is open, or matched and still short of people. */
export const canOffer = (index: HandbookIndex, request: DispatchRequest) => index.needsSuggestions(request);

/** A matched or done request without a report yet: its page asks for one. */
export function awaitsReport(index: HandbookIndex, request: DispatchRequest): boolean {
  return (
    (request.status === 'matched' || request.status === 'done') && index.reportsOn(request.id).length === 0
  );
}
