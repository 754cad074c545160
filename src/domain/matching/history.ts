import type { IsoDate } from '../dates';
import type { DispatchRequest, Report } from '../handbook';
import type { Organisation } from '../organisation';

/**
 * Who has facilitated with whom, and who has hosted before: the trust a dispatch builds on.
 * An occasion is a request (not cancelled) or a report; a report of a request is the same
 * occasion as the request, so the pair is counted once for it.
 */

/** host or partner id → partner id → occasion key → date of the occasion. */
export type PairHistory = Map<string, Map<string, Map<string, IsoDate>>>;

/** The first date of a request: its earliest session. */
export function firstSessionDate(request: Pick<DispatchRequest, 'sessions'>): IsoDate {
  return request.sessions.reduce(
    (first, session) => (session.date < first ? session.date : first),
    request.sessions[0].date,
  );
}

function addPair(history: PairHistory, a: string, b: string, key: string, date: IsoDate): void {
  const partners = history.get(a) ?? new Map<string, Map<string, IsoDate>>();
  history.set(a, partners);
  const occasions = partners.get(b) ?? new Map<string, IsoDate>();
  partners.set(b, occasions);
  const known = occasions.get(key);
  if (known === undefined || date < known) occasions.set(key, date);
}

/**
 * Pairs from reports (any two of its facilitators) and from requests (the host and each
 * assigned facilitator), both ways round.
 */
export function buildPairHistory(
  requests: readonly DispatchRequest[],
  reports: readonly Report[],
): PairHistory {
  const history: PairHistory = new Map();
  for (const request of requests) {
    if (request.status === 'cancelled') continue;
    const date = firstSessionDate(request);
    for (const id of request.assigned) {
      addPair(history, request.host, id, request.id, date);
      addPair(history, id, request.host, request.id, date);
    }
  }
  for (const report of reports) {
    const key = report.request ?? `report:${report.id}`;
    for (const a of report.facilitators) {
      for (const b of report.facilitators) {
        if (a !== b) addPair(history, a, b, key, report.date);
      }
    }
  }
  return history;
}

/** Occasions before `before` on which `partner` facilitated with `host`, per partner. */
export function pairCountsBefore(history: PairHistory, host: string, before: IsoDate): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [partner, occasions] of history.get(host) ?? []) {
    let count = 0;
    for (const date of occasions.values()) if (date < before) count += 1;
    if (count > 0) counts.set(partner, count);
  }
  return counts;
}

/**
 * The first date on which each facilitator hosted: a `done` request they asked for, a report
 * of a request they asked for, or a report without a request held in their own organisation
 * that names them (they ran a session at home).
 */
export function buildFirstHosted(
  requests: readonly DispatchRequest[],
  reports: readonly Report[],
  organisation: Organisation,
  departmentOf: (facilitatorId: string) => string | undefined,
): Map<string, IsoDate> {
  const first = new Map<string, IsoDate>();
  const note = (host: string, date: IsoDate) => {
    const known = first.get(host);
    if (known === undefined || date < known) first.set(host, date);
  };
  const requestsById = new Map(requests.map((request) => [request.id, request]));
  for (const request of requests) {
    if (request.status === 'done') note(request.host, firstSessionDate(request));
  }
  for (const report of reports) {
    const request = report.request === undefined ? undefined : requestsById.get(report.request);
    if (request) {
      note(request.host, report.date);
      continue;
    }
    if (report.department === undefined) continue;
    for (const id of report.facilitators) {
      const department = departmentOf(id);
      if (department !== undefined && organisation.same(department, report.department)) note(id, report.date);
    }
  }
  return first;
}
