import type { IsoDate } from '../dates';
import type { DispatchLoad } from '../dispatch/load';
import { dispatchesIn, dispatchesInYear, dispatchLoad } from '../dispatch/load';
import type { Facilitator, Handbook } from '../handbook';
import { compareKana } from '../kana';
import type { Organisation } from '../organisation';
import { buildOrganisation } from '../organisation';
import type { BookingsByDate } from './bookings';
import { buildBookings } from './bookings';
import type { PairHistory } from './history';
import { buildFirstHosted, buildPairHistory } from './history';
import { buildVolunteers, type Volunteer } from '../offers/volunteers';

/**
 * Indexes over a handbook, built once, so that a request is matched without rescanning it.
 *
 * Facilitators are referred to by their place `i` in `facilitators` (kana order, ties by id).
 * The hard rules read lists of places ("who is in this organisation", "who is at the limit
 * this quarter"), so ruling people out costs as much as the people ruled out; scoring reads
 * per-place arrays. Lists and arrays that depend on a key are made the first time asked for.
 */
export interface MatchingContext {
  organisation: Organisation;
  load: DispatchLoad;
  methodNames: ReadonlyMap<string, string>;
  /** Every facilitator, in kana order. */
  facilitators: readonly Facilitator[];
  indexOf: ReadonlyMap<string, number>;
  /** Organisation (root department id) of facilitator `i`. */
  rootOf: readonly string[];
  /** Places of the facilitators of an organisation (root department id). */
  inOrganisation(root: string): readonly number[];
  /** Places of the facilitators not available for dispatch. */
  unavailable: readonly number[];
  /** The facilitators with `maxPerQuarter` dispatches or more in a quarter, with those requests. */
  atQuarterLimit(quarter: string): readonly { place: number; requests: readonly string[] }[];
  /** Places of the facilitators whose `dispatch.regions` leave out a region. */
  outside(region: string): readonly number[];
  /** 1 where facilitator `i` practises a method. */
  practises(methodId: string): Uint8Array;
  /** Dispatches of facilitator `i` in a fiscal year. */
  yearCounts(fiscalYear: number): Int32Array;
  /** Places of the seniors and trainers. */
  mentors: readonly number[];
  bookings: BookingsByDate;
  pairs: PairHistory;
  /** Facilitator id → first date they hosted. */
  firstHosted: ReadonlyMap<string, IsoDate>;
  /** Name of a department, or its id when unknown. */
  departmentName(id: string): string;
  /** Who offered to help a request: its `volunteers:` and its offer files. */
  volunteersOf(requestId: string): readonly Volunteer[];
}

/** A value per key, made the first time it is asked for. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key) as V;
  };
}

function byKanaThenId(a: Facilitator, b: Facilitator): number {
  return compareKana(a.kana, b.kana) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function buildMatchingContext(handbook: Handbook): MatchingContext {
  const organisation = buildOrganisation(handbook.departments);
  const load = dispatchLoad(handbook.requests);
  const names = new Map(handbook.departments.map((department) => [department.id, department.name]));
  const facilitators = [...handbook.facilitators].sort(byKanaThenId);
  const places = facilitators.map((_, i) => i);
  const indexOf = new Map(facilitators.map((facilitator, i) => [facilitator.id, i]));
  const rootOf = facilitators.map((facilitator) => organisation.rootOf(facilitator.department));
  const byOrganisation = new Map<string, number[]>();
  for (const i of places) {
    const members = byOrganisation.get(rootOf[i]);
    if (members) members.push(i);
    else byOrganisation.set(rootOf[i], [i]);
  }
  return {
    organisation,
    load,
    methodNames: new Map(handbook.methods.map((method) => [method.id, method.name])),
    facilitators,
    indexOf,
    rootOf,
    inOrganisation: (root) => byOrganisation.get(root) ?? [],
    unavailable: places.filter((i) => !facilitators[i].dispatch.available),
    atQuarterLimit: memo((quarter: string) =>
      places
        .map((place) => ({ place, requests: dispatchesIn(load, facilitators[place].id, quarter) }))
        .filter(({ place, requests }) => requests.length >= facilitators[place].dispatch.maxPerQuarter),
    ),
    outside: memo((region: string) =>
      places.filter((i) => facilitators[i].dispatch.regions?.includes(region) === false),
    ),
    practises: memo((methodId: string) =>
      Uint8Array.from(facilitators, (facilitator) => (facilitator.methods.includes(methodId) ? 1 : 0)),
    ),
    yearCounts: memo((year: number) =>
      Int32Array.from(facilitators, (facilitator) => dispatchesInYear(load, facilitator.id, year)),
    ),
    mentors: places.filter(
      (i) => facilitators[i].roles.includes('senior') || facilitators[i].roles.includes('trainer'),
    ),
    bookings: buildBookings(handbook.requests, indexOf),
    pairs: buildPairHistory(handbook.requests, handbook.reports),
    firstHosted: buildFirstHosted(
      handbook.requests,
      handbook.reports,
      organisation,
      (id) => facilitators[indexOf.get(id) ?? -1]?.department,
    ),
    departmentName: (id) => names.get(id) ?? id,
    volunteersOf: buildVolunteers(handbook).of,
  };
}
