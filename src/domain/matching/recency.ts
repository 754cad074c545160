import { yearsBefore, type IsoDate } from '../dates';
import type { HandbookIndex } from '../views/handbook-index';
import { wasHeld } from './history';

/**
 * How recently each facilitator was dispatched, by place in the context: what spreading the
 * load reads. A dispatch is an assignment to a request that is not cancelled; it was held once
 * its first session is past (matched or done), and is planned while its first session is
 * still to come.
 */
export interface DispatchRecency {
  /** The first day of the twelve months before today that `held` counts. */
  since: IsoDate;
  /** Dispatches held in the twelve months before today. */
  held: Int32Array;
  /** Dispatches decided whose first session is today or later. */
  planned: Int32Array;
  /** The last day a dispatch of theirs was held, any time before today. */
  lastHeld: readonly (IsoDate | undefined)[];
  /**
   * Who spreading the load lifts: `year` for those with no dispatch held in twelve months and
   * none planned, `never` for those never dispatched (once their course is over), else `none`.
   */
  rested: readonly ('none' | 'year' | 'never')[];
}

export function buildRecency(index: HandbookIndex, indexOf: ReadonlyMap<string, number>): DispatchRecency {
  const { today } = index;
  const since = yearsBefore(today, 1);
  const count = index.facilitatorsByKana.length;
  const held = new Int32Array(count);
  const planned = new Int32Array(count);
  const lastHeld: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(count).fill(undefined);
  for (const request of index.handbook.requests) {
    if (request.status === 'cancelled' || request.assigned.length === 0) continue;
    const upcoming = index.firstSession(request).date >= today;
    const heldOn = wasHeld(request, today)
      ? request.sessions.filter((session) => session.date < today).at(-1)!.date
      : undefined;
    for (const id of request.assigned) {
      const i = indexOf.get(id);
      if (i === undefined) continue;
      if (heldOn !== undefined) {
        if (heldOn >= since) held[i] += 1;
        const last = lastHeld[i];
        if (last === undefined || heldOn > last) lastHeld[i] = heldOn;
      } else if (upcoming) planned[i] += 1;
    }
  }
  const rested = index.facilitatorsByKana.map((facilitator, i) => {
    if (held[i] > 0 || planned[i] > 0) return 'none';
    if (lastHeld[i] !== undefined) return 'year';
    const cohort = facilitator.cohort === undefined ? undefined : index.cohort.get(facilitator.cohort);
    const inCourse = cohort !== undefined && (cohort.end ?? cohort.start) >= today;
    return inCourse ? 'none' : 'never';
  });
  return { since, held, planned, lastHeld, rested };
}
