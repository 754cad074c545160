import { fiscalQuarterKey, formatFiscalQuarter, weekdayLabel, weekdayOf, type IsoDate } from '../dates';
import type { DispatchLoad } from '../dispatch/load';
import { dispatchesIn } from '../dispatch/load';
import type { Facilitator } from '../handbook';
import type { Organisation } from '../organisation';
import { formatAway, formatWeekdays } from '../dispatch/availability';
import type { Weekday } from '../schemas/facilitators';
import { WEEKDAYS } from '../schemas/facilitators';
import type { HandbookIndex } from '../views/handbook-index';
import type { BookingsByDate } from './bookings';
import { buildBookings } from './bookings';
import type { PairHistory } from './history';
import { formatMonthDay } from './plan';
import { buildFirstHosted, buildPairHistory } from './history';
import type { DispatchRecency } from './recency';
import { buildRecency } from './recency';

/** People who go only on some days of the week, grouped by the days they go. */
export interface WeekdayGroup {
  weekdays: readonly Weekday[];
  /** `月・水曜` */
  label: string;
  places: readonly number[];
}

/** What the rules read of a session's date. */
export interface SessionDay {
  /** `12月10日` */
  dateLabel: string;
  quarter: string;
  /** 1–12 */
  month: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** `木` */
  weekdayLabel: string;
}

/**
 * Indexes for matching, built once from the handbook index, so that a request is matched
 * without rescanning the handbook.
 *
 * Facilitators are referred to by their place `i` in `facilitators` (kana order, ties by id).
 * The hard rules read lists of places ("who is in this organisation", "who is at the limit
 * this quarter", "who does not go in May"), so ruling people out costs as much as the people
 * ruled out; scoring reads per-place arrays. Lists and arrays that depend on a key are made
 * the first time asked for.
 */
export interface MatchingContext {
  index: HandbookIndex;
  today: IsoDate;
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
  /**
   * The facilitators with `maxPerQuarter` dispatches or more in a quarter, with those requests;
   * and the same people grouped by the reason that rules them out.
   */
  atQuarterLimit(quarter: string): {
    entries: readonly { place: number; requests: readonly string[] }[];
    groups: readonly { reason: string; places: readonly number[] }[];
  };
  /** Places of the facilitators whose `dispatch.regions` leave out a region. */
  outside(region: string): readonly number[];
  /** Places of the facilitators who list a month (1–12) in `unavailableMonths`. */
  unavailableIn(month: number): readonly number[];
  /** Those whose `weekdays` leave out a weekday (0 = Sunday), grouped by the days they go. */
  notOn(weekday: number): readonly WeekdayGroup[];
  /** Places of those who take morning sessions only, and afternoon ones only. */
  morningOnly: readonly number[];
  afternoonOnly: readonly number[];
  /** Who is away on a date, with the reason in words (育児休業中（2027年3月31日まで）). */
  awayOn(date: IsoDate): readonly { place: number; reason: string }[];
  /** 1 where facilitator `i` lists a method on their profile. */
  practises(methodId: string): Uint8Array;
  /** Reports before today that name facilitator `i` and used a method. */
  facilitated(methodId: string): Int32Array;
  recency: DispatchRecency;
  /** Places of the seniors and trainers. */
  mentors: readonly number[];
  bookings: BookingsByDate;
  pairs: PairHistory;
  /** Facilitator id → first date they hosted. */
  firstHosted: ReadonlyMap<string, IsoDate>;
  /** A session date's quarter, day of the week and label: many requests share a date. */
  dayOf(date: IsoDate): SessionDay;
  /** Name of a department, or its id when unknown. */
  departmentName(id: string): string;
  /** The region of a department, or of the nearest department above it that has one. */
  regionOf(departmentId: string): string | undefined;
}

/** `2026年度 第3四半期の派遣が上限（2/2）` */
export function quarterLimitReason(quarter: string, count: number, max: number): string {
  return `${formatFiscalQuarter(quarter)}の派遣が上限（${count}/${max}）`;
}

/** A value per key, made the first time it is asked for. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key) as V;
  };
}

/** `mon`… in `Date.getUTCDay` numbering (0 = Sunday). */
const DAY_NUMBER: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export function buildMatchingContext(index: HandbookIndex): MatchingContext {
  const { handbook, organisation, load, today } = index;
  const facilitators = index.facilitatorsByKana;
  const places = facilitators.map((_, i) => i);
  const indexOf = new Map(facilitators.map((facilitator, i) => [facilitator.id, i]));
  const rootOf = facilitators.map((facilitator) => organisation.rootOf(facilitator.department));
  const byOrganisation = new Map<string, number[]>();
  for (const i of places) {
    const members = byOrganisation.get(rootOf[i]);
    if (members) members.push(i);
    else byOrganisation.set(rootOf[i], [i]);
  }
  const dispatch = (i: number) => facilitators[i].dispatch;
  // Each absence with its reason, worded once.
  const absences = places.flatMap((place) =>
    (dispatch(place).away ?? []).map((away) => ({ place, away, reason: formatAway(away) })),
  );
  const withWeekdays = places.filter((i) => dispatch(i).weekdays !== undefined);
  const heldReports = handbook.reports.filter((report) => report.date < today);

  return {
    index,
    today,
    organisation,
    load,
    methodNames: new Map(handbook.methods.map((method) => [method.id, method.name])),
    facilitators,
    indexOf,
    rootOf,
    inOrganisation: (root) => byOrganisation.get(root) ?? [],
    unavailable: places.filter((i) => !dispatch(i).available),
    atQuarterLimit: memo((quarter: string) => {
      const entries = places
        .map((place) => ({ place, requests: dispatchesIn(load, facilitators[place].id, quarter) }))
        .filter(({ place, requests }) => requests.length >= dispatch(place).maxPerQuarter);
      const groups = new Map<string, number[]>();
      for (const { place, requests } of entries) {
        const reason = quarterLimitReason(quarter, requests.length, dispatch(place).maxPerQuarter);
        const group = groups.get(reason);
        if (group) group.push(place);
        else groups.set(reason, [place]);
      }
      return { entries, groups: [...groups].map(([reason, places]) => ({ reason, places })) };
    }),
    outside: memo((region: string) => places.filter((i) => dispatch(i).regions?.includes(region) === false)),
    unavailableIn: memo((month: number) =>
      places.filter((i) => dispatch(i).unavailableMonths?.includes(month) === true),
    ),
    notOn: memo((weekday: number) => {
      const groups = new Map<string, { weekdays: Weekday[]; label: string; places: number[] }>();
      for (const i of withWeekdays) {
        const weekdays = dispatch(i).weekdays!;
        if (weekdays.some((day) => DAY_NUMBER[day] === weekday)) continue;
        const sorted = WEEKDAYS.filter((day) => weekdays.includes(day));
        const key = sorted.join(' ');
        const group = groups.get(key) ?? { weekdays: sorted, label: formatWeekdays(sorted), places: [] };
        group.places.push(i);
        groups.set(key, group);
      }
      return [...groups.values()];
    }),
    morningOnly: places.filter((i) => dispatch(i).timeOfDay === 'morning'),
    afternoonOnly: places.filter((i) => dispatch(i).timeOfDay === 'afternoon'),
    awayOn: memo((date: IsoDate) => {
      const seen = new Set<number>();
      return absences
        .filter(
          ({ place, away }) => away.from <= date && date <= away.to && !seen.has(place) && seen.add(place),
        )
        .map(({ place, reason }) => ({ place, reason }));
    }),
    practises: memo((methodId: string) =>
      Uint8Array.from(facilitators, (facilitator) => (facilitator.methods.includes(methodId) ? 1 : 0)),
    ),
    facilitated: memo((methodId: string) => {
      const counts = new Int32Array(facilitators.length);
      for (const report of heldReports) {
        if (!report.methods.includes(methodId)) continue;
        for (const id of report.facilitators) {
          const i = indexOf.get(id);
          if (i !== undefined) counts[i] += 1;
        }
      }
      return counts;
    }),
    recency: buildRecency(index, indexOf),
    mentors: places.filter(
      (i) => facilitators[i].roles.includes('senior') || facilitators[i].roles.includes('trainer'),
    ),
    bookings: buildBookings(handbook.requests, indexOf),
    pairs: buildPairHistory(index),
    firstHosted: buildFirstHosted(index),
    dayOf: memo((date: IsoDate) => {
      const weekday = weekdayOf(date);
      return {
        dateLabel: formatMonthDay(date),
        quarter: fiscalQuarterKey(date),
        month: Number(date.slice(5, 7)),
        weekday,
        weekdayLabel: weekdayLabel(weekday),
      };
    }),
    departmentName: (id) => index.department.get(id)?.name ?? id,
    regionOf: index.regionOf,
  };
}
