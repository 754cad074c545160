import type { IsoDate } from '../dates';
import type { DispatchLoad } from '../dispatch/load';
import { dispatchLoad } from '../dispatch/load';
import type { Department, Facilitator, Handbook } from '../handbook';
import { compareKana } from '../kana';
import type { Organisation } from '../organisation';
import { buildOrganisation } from '../organisation';
import type { BookingsByDate } from './bookings';
import { buildBookings } from './bookings';
import type { PairHistory } from './history';
import { buildFirstHosted, buildPairHistory } from './history';

/**
 * Indexes over a handbook, built once, so that each request is matched without rescanning it.
 *
 * Matching looks at every (request, facilitator) pair, so what it reads per facilitator is kept
 * in typed arrays indexed by the facilitator's place `i` in `facilitators` (kana order, ties by
 * id): a few array reads per pair instead of map lookups and string comparisons.
 */
export interface MatchingContext {
  organisation: Organisation;
  load: DispatchLoad;
  departments: ReadonlyMap<string, Department>;
  methodNames: ReadonlyMap<string, string>;
  /** Every facilitator, in kana order: `i` below is a place in this list. */
  facilitators: readonly Facilitator[];
  indexOf: ReadonlyMap<string, number>;
  /** Organisation roots (department ids); `rootIndex[i]` points into it. */
  roots: readonly string[];
  rootIndexOf(departmentId: string): number;
  rootIndex: Int32Array;
  /** 1 when `dispatch.available`. */
  available: Uint8Array;
  maxPerQuarter: Int32Array;
  /** 1 for seniors and trainers. */
  mentors: Uint8Array;
  /** 1 where facilitator `i` practises the method. */
  practises(methodId: string): Uint8Array;
  /** 1 where facilitator `i` has `dispatch.regions` set without this region. */
  outside(region: string): Uint8Array;
  /** Dispatches of facilitator `i` in a quarter (`2026Q3`). */
  quarterCounts(quarter: string): Int32Array;
  /** Dispatches of facilitator `i` in a fiscal year. */
  yearCounts(fiscalYear: number): Int32Array;
  bookings: BookingsByDate;
  pairs: PairHistory;
  /** Facilitator id → first date they hosted. */
  firstHosted: ReadonlyMap<string, IsoDate>;
  /** Name of a department, or its id when unknown. */
  departmentName(id: string): string;
  /** Name of the organisation (root department) a department belongs to. */
  organisationName(id: string): string;
}

/** A per-key array, worked out the first time it is asked for. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
}

function byKanaThenId(a: Facilitator, b: Facilitator): number {
  return compareKana(a.kana, b.kana) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function buildMatchingContext(handbook: Handbook): MatchingContext {
  const organisation = buildOrganisation(handbook.departments);
  const load = dispatchLoad(handbook.requests);
  const departments = new Map(handbook.departments.map((department) => [department.id, department]));
  const departmentName = (id: string) => departments.get(id)?.name ?? id;
  const facilitators = [...handbook.facilitators].sort(byKanaThenId);
  const size = facilitators.length;
  const indexOf = new Map(facilitators.map((facilitator, i) => [facilitator.id, i]));

  const roots: string[] = [];
  const rootPlaces = new Map<string, number>();
  const rootIndexOf = (departmentId: string) => {
    const root = organisation.rootOf(departmentId);
    let place = rootPlaces.get(root);
    if (place === undefined) {
      place = roots.push(root) - 1;
      rootPlaces.set(root, place);
    }
    return place;
  };
  handbook.departments.forEach((department) => rootIndexOf(department.id));

  const perFacilitator = (value: (facilitator: Facilitator) => number) => Int32Array.from(facilitators, value);
  const flags = (test: (facilitator: Facilitator) => boolean) => Uint8Array.from(facilitators, (facilitator) => (test(facilitator) ? 1 : 0));

  // Dispatches per facilitator and fiscal year: distinct requests over the year's quarters.
  const yearRequests = new Map<number, Map<number, Set<string>>>();
  for (const [id, quarters] of load) {
    const i = indexOf.get(id);
    if (i === undefined) continue;
    for (const [quarter, requestIds] of quarters) {
      const year = Number(quarter.slice(0, quarter.indexOf('Q')));
      const byFacilitator = yearRequests.get(year) ?? new Map<number, Set<string>>();
      yearRequests.set(year, byFacilitator);
      const set = byFacilitator.get(i) ?? new Set<string>();
      requestIds.forEach((requestId) => set.add(requestId));
      byFacilitator.set(i, set);
    }
  }

  return {
    organisation,
    load,
    departments,
    methodNames: new Map(handbook.methods.map((method) => [method.id, method.name])),
    facilitators,
    indexOf,
    roots,
    rootIndexOf,
    rootIndex: perFacilitator((facilitator) => rootIndexOf(facilitator.department)),
    available: flags((facilitator) => facilitator.dispatch.available),
    maxPerQuarter: perFacilitator((facilitator) => facilitator.dispatch.maxPerQuarter),
    mentors: flags((facilitator) => facilitator.roles.includes('senior') || facilitator.roles.includes('trainer')),
    practises: memo((methodId: string) => flags((facilitator) => facilitator.methods.includes(methodId))),
    outside: memo((region: string) => flags((facilitator) => facilitator.dispatch.regions !== undefined && !facilitator.dispatch.regions.includes(region))),
    quarterCounts: memo((quarter: string) => perFacilitator((facilitator) => load.get(facilitator.id)?.get(quarter)?.length ?? 0)),
    yearCounts: memo((year: number) => {
      const counts = new Int32Array(size);
      for (const [i, requestIds] of yearRequests.get(year) ?? []) counts[i] = requestIds.size;
      return counts;
    }),
    bookings: buildBookings(handbook.requests, indexOf),
    pairs: buildPairHistory(handbook.requests, handbook.reports),
    firstHosted: buildFirstHosted(handbook.requests, handbook.reports, organisation, (id) => facilitators[indexOf.get(id) ?? -1]?.department),
    departmentName,
    organisationName: (id) => departmentName(organisation.rootOf(id)),
  };
}
