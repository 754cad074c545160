import type { IsoDate } from '../dates';
import type { DispatchRequest } from '../handbook';
import type { HandbookIndex } from '../views/handbook-index';

/**
 * Who has facilitated with whom, and who has hosted before: the trust a dispatch builds on.
 * Only what was held counts: a request is an occasion once its first session is before today
 * and it is matched or done (an open request whose date passed was never held, a cancelled
 * one neither); a report is one when it is dated before today. A report of a request is the
 * same occasion as the request, so the pair is counted once for it.
 */

/** host or partner id → partner id → occasion key → date of the occasion. */
export type PairHistory = Map<string, Map<string, Map<string, IsoDate>>>;

/** The request was held, at least its first session: matched or done, and that date has passed. */
export function wasHeld(request: Pick<DispatchRequest, 'status' | 'sessions'>, today: IsoDate): boolean {
  return (request.status === 'matched' || request.status === 'done') && request.sessions[0].date < today;
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
 * Pairs from reports (any two of its facilitators) and from held requests (the host and each
 * assigned facilitator), both ways round.
 */
export function buildPairHistory(index: HandbookIndex): PairHistory {
  const history: PairHistory = new Map();
  const { today } = index;
  for (const request of index.handbook.requests) {
    if (!wasHeld(request, today)) continue;
    const date = index.firstSession(request).date;
    for (const id of request.assigned) {
      addPair(history, request.host, id, request.id, date);
      addPair(history, id, request.host, request.id, date);
    }
  }
  for (const report of index.handbook.reports) {
    if (report.date >= today) continue;
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
export function buildFirstHosted(index: HandbookIndex): Map<string, IsoDate> {
  const first = new Map<string, IsoDate>();
  const note = (host: string, date: IsoDate) => {
    const known = first.get(host);
    if (known === undefined || date < known) first.set(host, date);
  };
  for (const request of index.handbook.requests) {
    if (request.status === 'done') note(request.host, index.firstSession(request).date);
  }
  for (const report of index.handbook.reports) {
    const request = report.request === undefined ? undefined : index.request.get(report.request);
    if (request) {
      note(request.host, report.date);
      continue;
    }
    if (report.department === undefined) continue;
    for (const id of report.facilitators) {
      const department = index.facilitator.get(id)?.department;
      if (department !== undefined && index.organisation.same(department, report.department))
        note(id, report.date);
    }
  }
  return first;
}
