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

/** What matching needs to know about one facilitator, worked out once per handbook. */
export interface Profile {
  facilitator: Facilitator;
  /** Place in kana order (ties by id): the last tie-break of every ranking. */
  rank: number;
  /** Root of their department: "same organisation" compares these. */
  root: string;
  methods: ReadonlySet<string>;
  /** Regions they can travel to; undefined means anywhere. */
  regions: ReadonlySet<string> | undefined;
  /** Quarter key → requests they are dispatched on (see `dispatchLoad`). */
  quarters: ReadonlyMap<string, readonly string[]> | undefined;
  /** Fiscal year → dispatches in it. */
  years: ReadonlyMap<number, number>;
}

/** Indexes over a handbook, built once, so that each request is matched without rescanning it. */
export interface MatchingContext {
  organisation: Organisation;
  load: DispatchLoad;
  departments: ReadonlyMap<string, Department>;
  methodNames: ReadonlyMap<string, string>;
  /** Every facilitator, in kana order. */
  profiles: readonly Profile[];
  profilesById: ReadonlyMap<string, Profile>;
  bookings: BookingsByDate;
  pairs: PairHistory;
  /** Facilitator id → first date they hosted. */
  firstHosted: ReadonlyMap<string, IsoDate>;
  /** Name of a department, or its id when unknown. */
  departmentName(id: string): string;
  /** Name of the organisation (root department) a department belongs to. */
  organisationName(id: string): string;
}

function yearsOf(quarters: ReadonlyMap<string, readonly string[]> | undefined): Map<number, number> {
  const requests = new Map<number, Set<string>>();
  for (const [quarter, ids] of quarters ?? []) {
    const year = Number(quarter.slice(0, quarter.indexOf('Q')));
    const set = requests.get(year) ?? new Set<string>();
    ids.forEach((id) => set.add(id));
    requests.set(year, set);
  }
  return new Map([...requests].map(([year, ids]) => [year, ids.size]));
}

export function buildMatchingContext(handbook: Handbook): MatchingContext {
  const organisation = buildOrganisation(handbook.departments);
  const load = dispatchLoad(handbook.requests);
  const departments = new Map(handbook.departments.map((department) => [department.id, department]));
  const departmentName = (id: string) => departments.get(id)?.name ?? id;
  const byKana = [...handbook.facilitators].sort((a, b) => compareKana(a.kana, b.kana) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const profiles = byKana.map((facilitator, rank): Profile => {
    const quarters = load.get(facilitator.id);
    return {
      facilitator,
      rank,
      root: organisation.rootOf(facilitator.department),
      methods: new Set(facilitator.methods),
      regions: facilitator.dispatch.regions === undefined ? undefined : new Set(facilitator.dispatch.regions),
      quarters,
      years: yearsOf(quarters),
    };
  });
  const profilesById = new Map(profiles.map((profile) => [profile.facilitator.id, profile]));
  return {
    organisation,
    load,
    departments,
    methodNames: new Map(handbook.methods.map((method) => [method.id, method.name])),
    profiles,
    profilesById,
    bookings: buildBookings(handbook.requests),
    pairs: buildPairHistory(handbook.requests, handbook.reports),
    firstHosted: buildFirstHosted(handbook.requests, handbook.reports, organisation, (id) => profilesById.get(id)?.facilitator.department),
    departmentName,
    organisationName: (id) => departmentName(organisation.rootOf(id)),
  };
}
