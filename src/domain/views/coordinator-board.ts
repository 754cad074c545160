import { daysBetween, fiscalQuarterKey, type IsoDate } from '../dates';
import { dispatchesIn } from '../dispatch/load';
import type { Department, DispatchRequest, Facilitator } from '../handbook';
import { ruledOutOf } from '../matching/suggest';
import { followUpsDue, type FollowUpDue } from './follow-ups';
import type { HandbookIndex } from './handbook-index';

/** A request asking for people, as the training center follows it. */
export interface OpenRequestLine {
  request: DispatchRequest;
  /** Days from today to the first session: negative once it has passed. */
  days: number;
  assigned: number;
  needed: number;
  /** Offers (volunteers) not yet assigned. */
  offersWaiting: number;
  approval: DispatchRequest['approval'];
  /** Open although every session has passed. */
  stale: boolean;
}

/** Someone who offered to help a request and is not assigned yet. */
export interface OfferLine {
  request: DispatchRequest;
  facilitator: Facilitator;
  /** The hard rules that rule them out of it, when any do: the offer cannot be taken as it is. */
  ruledOut: readonly string[];
}

/** A request held (all its sessions past, matched or done) with no report on it. */
export interface UnreportedLine {
  request: DispatchRequest;
  /** The last session's date. */
  held: IsoDate;
}

export interface AtLimitLine {
  facilitator: Facilitator;
  count: number;
  max: number;
}

export interface RestedLine {
  facilitator: Facilitator;
  /** When their last dispatch was held. */
  lastHeld: IsoDate;
}

export interface OrganisationLine {
  /** The organisation's root department. */
  department: Department;
  /** Facilitators of the organisation (its regional offices included). */
  facilitators: number;
}

/**
 * `/coordinator/`: what the training center acts on, in the order it acts. Every list is
 * derived from the content; nothing here holds contact details.
 */
export interface CoordinatorBoard {
  /** The quarter `atLimit` counts in. */
  quarter: string;
  /** Requests asking for people (and open ones left after their dates), soonest first. */
  openRequests: OpenRequestLine[];
  /** Offers waiting for a decision, by request as above, then in kana order. */
  offersWaiting: OfferLine[];
  /** Held requests without a report, oldest first. */
  unreported: UnreportedLine[];
  /** Follow-ups past their date, oldest first. */
  overdueFollowUps: FollowUpDue[];
  /** Available people at or over their limit this quarter, in kana order. */
  atLimit: AtLimitLine[];
  /** Graduates available for dispatch who were never dispatched, in kana order. */
  neverDispatched: Facilitator[];
  /** Available people whose last dispatch was held twelve months ago or more, none since or planned. */
  notDispatchedForAYear: RestedLine[];
  /** Organisations none of whose requests has had anyone assigned. */
  neverReceived: OrganisationLine[];
  /** Organisations none of whose facilitators was ever assigned. */
  neverSent: OrganisationLine[];
}

export function coordinatorBoard(index: HandbookIndex): CoordinatorBoard {
  const { today, handbook } = index;
  const context = index.matching;
  const quarter = fiscalQuarterKey(today);
  const asking = [...index.requestsNeedingSuggestions, ...index.staleRequests];

  const openRequests = asking
    .map((request) => ({
      request,
      days: daysBetween(today, index.firstSession(request).date),
      assigned: request.assigned.length,
      needed: request.needed,
      offersWaiting: index.volunteersOf(request.id).filter((id) => !request.assigned.includes(id)).length,
      approval: request.approval,
      stale: index.isPast(request),
    }))
    .sort((a, b) => a.days - b.days || a.request.id.localeCompare(b.request.id));

  const offersWaiting = openRequests
    .filter((line) => !line.stale)
    .flatMap(({ request }) => {
      const waiting = index
        .volunteersOf(request.id)
        .filter((id) => !request.assigned.includes(id) && index.facilitator.has(id));
      const ruledOut = new Map(
        ruledOutOf(request, waiting, context).map(({ facilitatorId, reasons }) => [facilitatorId, reasons]),
      );
      return waiting
        .map((id) => context.indexOf.get(id)!)
        .sort((a, b) => a - b)
        .map((i) => ({
          request,
          facilitator: context.facilitators[i],
          ruledOut: ruledOut.get(context.facilitators[i].id) ?? [],
        }));
    });

  const reported = new Set(handbook.reports.flatMap((report) => (report.request ? [report.request] : [])));
  const unreported = handbook.requests
    .filter(
      (request) =>
        (request.status === 'done' || request.status === 'matched') &&
        index.isPast(request) &&
        !reported.has(request.id),
    )
    .map((request) => ({ request, held: index.lastSession(request).date }))
    .sort((a, b) => a.held.localeCompare(b.held) || a.request.id.localeCompare(b.request.id));

  const available = index.facilitatorsByKana.filter((facilitator) => facilitator.dispatch.available);
  const atLimit = available
    .map((facilitator) => ({
      facilitator,
      count: dispatchesIn(index.load, facilitator.id, quarter).length,
      max: facilitator.dispatch.maxPerQuarter,
    }))
    .filter(({ count, max }) => count >= max);

  const { rested, lastHeld } = context.recency;
  const placeOf = (facilitator: Facilitator) => context.indexOf.get(facilitator.id)!;
  const neverDispatched = available.filter(
    (facilitator) => facilitator.cohort !== undefined && rested[placeOf(facilitator)] === 'never',
  );
  const notDispatchedForAYear = available
    .filter((facilitator) => rested[placeOf(facilitator)] === 'year')
    .map((facilitator) => ({ facilitator, lastHeld: lastHeld[placeOf(facilitator)]! }));

  const rootOf = (departmentId: string) => index.organisation.rootOf(departmentId);
  const received = new Set<string>();
  const sent = new Set<string>();
  for (const request of handbook.requests) {
    if (request.status === 'cancelled' || request.assigned.length === 0) continue;
    received.add(rootOf(request.department));
    for (const id of request.assigned) {
      const facilitator = index.facilitator.get(id);
      if (facilitator) sent.add(rootOf(facilitator.department));
    }
  }
  const organisations = handbook.departments
    .filter((department) => rootOf(department.id) === department.id)
    .map((department) => ({ department, facilitators: index.facilitatorsOf(department.id).length }));

  return {
    quarter,
    openRequests,
    offersWaiting,
    unreported,
    overdueFollowUps: followUpsDue(handbook.reports, today).overdue,
    atLimit,
    neverDispatched,
    notDispatchedForAYear,
    neverReceived: organisations.filter(({ department }) => !received.has(department.id)),
    neverSent: organisations.filter(({ department }) => !sent.has(department.id)),
  };
}
