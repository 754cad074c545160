import type { IsoDate } from '../dates';
import type { DispatchLoad } from '../dispatch/load';
import { dispatchesIn, dispatchLoad } from '../dispatch/load';
import type { Department, Facilitator, Handbook } from '../handbook';
import { compareKana } from '../kana';
import type { Organisation } from '../organisation';
import { buildOrganisation } from '../organisation';
import type { BookingsByDate } from './bookings';
import { buildBookings } from './bookings';
import type { PairHistory } from './history';
import { buildFirstHosted, buildPairHistory } from './history';

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
  departments: ReadonlyMap<string, Department>;
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
  /** Places of the facilitators with `maxPerQuarter` dispatches or more in a quarter. */
  atQuarterLimit(quarter: string): readonly number[];
  /** Places of the facilitators whose `dispatch.regions` leave out a region. */
  outside(region: string): readonly number[];
  /** 1 where facilitator `i` practises a method. */
  practises(methodId: string): Uint8Array;
  /** Dispatches of facilitator `i` in a fiscal year. */
  yearCounts(fiscalYear: number): Int32Array;
  /** 1 for seniors and trainers. */
  mentors: Uint8Array;
  bookings: BookingsByDate;
  pairs: PairHistory;
  /** Facilitator id → first date they hosted. */
  firstHosted: ReadonlyMap<string, IsoDate>;
  /** Name of a department, or its id when unknown. */
  departmentName(id: string): string;
  /** Name of the organisation (root department) a department belongs to. */
  organisationName(id: string): string;
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

/** Distinct requests per facilitator place and fiscal year. */
function dispatchesPerYear(load: DispatchLoad, indexOf: ReadonlyMap<string, number>): Map<number, Map<number, number>> {
  const requests = new Map<number, Map<number, Set<string>>>();
  for (const [id, quarters] of load) {
    const i = indexOf.get(id);
    if (i === undefined) continue;
    for (const [quarter, requestIds] of quarters) {
      const year = Number(quarter.slice(0, quarter.indexOf('Q')));
      const byPlace = requests.get(year) ?? new Map<number, Set<string>>();
      requests.set(year, byPlace);
      byPlace.set(i, new Set([...(byPlace.get(i) ?? []), ...requestIds]));
    }
  }
  return new Map([...requests].map(([year, byPlace]) => [year, new Map([...byPlace].map(([i, ids]) => [i, ids.size]))]));
}

export function buildMatchingContext(handbook: Handbook): MatchingContext {
  const organisation = buildOrganisation(handbook.departments);
  const load = dispatchLoad(handbook.requests);
  const departments = new Map(handbook.departments.map((department) => [department.id, department]));
  const departmentName = (id: string) => departments.get(id)?.name ?? id;
  const facilitators = [...handbook.facilitators].sort(byKanaThenId);
  const places = facilitators.map((_, i) => i);
  const indexOf = new Map(facilitators.map((facilitator, i) => [facilitator.id, i]));
  const rootOf = facilitators.map((facilitator) => organisation.rootOf(facilitator.department));
  const byOrganisation = new Map<string, number[]>();
  places.forEach((i) => byOrganisation.set(rootOf[i], [...(byOrganisation.get(rootOf[i]) ?? []), i]));
  const perYear = dispatchesPerYear(load, indexOf);
  const flags = (test: (facilitator: Facilitator) => boolean) => Uint8Array.from(facilitators, (facilitator) => (test(facilitator) ? 1 : 0));
  return {
    organisation,
    load,
    departments,
    methodNames: new Map(handbook.methods.map((method) => [method.id, method.name])),
    facilitators,
    indexOf,
    rootOf,
    inOrganisation: (root) => byOrganisation.get(root) ?? [],
    unavailable: places.filter((i) => !facilitators[i].dispatch.available),
    atQuarterLimit: memo((quarter: string) =>
      places.filter((i) => dispatchesIn(load, facilitators[i].id, quarter).length >= facilitators[i].dispatch.maxPerQuarter),
    ),
    outside: memo((region: string) => places.filter((i) => facilitators[i].dispatch.regions?.includes(region) === false)),
    practises: memo((methodId: string) => flags((facilitator) => facilitator.methods.includes(methodId))),
    yearCounts: memo((year: number) => {
      const counts = new Int32Array(facilitators.length);
      for (const [i, count] of perYear.get(year) ?? []) counts[i] = count;
      return counts;
    }),
    mentors: flags((facilitator) => facilitator.roles.includes('senior') || facilitator.roles.includes('trainer')),
    bookings: buildBookings(handbook.requests, indexOf),
    pairs: buildPairHistory(handbook.requests, handbook.reports),
    firstHosted: buildFirstHosted(handbook.requests, handbook.reports, organisation, (id) => facilitators[indexOf.get(id) ?? -1]?.department),
    departmentName,
    organisationName: (id) => departmentName(organisation.rootOf(id)),
  };
}
