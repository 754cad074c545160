import { fiscalQuarterKey } from '../dates';
import type { DispatchRequest } from '../handbook';

/**
 * A dispatch is an assignment to a request that is not cancelled. It counts once in each fiscal
 * quarter in which the request has a session: two sessions of one request in the same quarter
 * are one dispatch there.
 */
export function requestQuarters(request: Pick<DispatchRequest, 'sessions'>): string[] {
  return [...new Set(request.sessions.map((session) => fiscalQuarterKey(session.date)))];
}

/** Dispatches per facilitator and quarter: facilitator id → quarter key → request ids. */
export type DispatchLoad = Map<string, Map<string, string[]>>;

export function dispatchLoad(requests: readonly DispatchRequest[]): DispatchLoad {
  const load: DispatchLoad = new Map();
  for (const request of requests) {
    if (request.status === 'cancelled') continue;
    for (const quarter of requestQuarters(request)) {
      for (const facilitatorId of request.assigned) {
        const byQuarter = load.get(facilitatorId) ?? new Map<string, string[]>();
        byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), request.id]);
        load.set(facilitatorId, byQuarter);
      }
    }
  }
  return load;
}

/** Requests a facilitator is dispatched on in a quarter. */
export function dispatchesIn(load: DispatchLoad, facilitatorId: string, quarter: string): string[] {
  return load.get(facilitatorId)?.get(quarter) ?? [];
}

/** Dispatches in a fiscal year (distinct requests with a session in it). */
export function dispatchesInYear(load: DispatchLoad, facilitatorId: string, fiscalYear: number): number {
  const requests = new Set<string>();
  for (const [quarter, ids] of load.get(facilitatorId) ?? []) {
    if (quarter.startsWith(`${fiscalYear}Q`)) ids.forEach((id) => requests.add(id));
  }
  return requests.size;
}
