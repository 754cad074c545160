import type { IsoDate, MonthKey } from '../dates';
import { addMonths, fiscalQuarterKey, formatDay, formatFiscalQuarter, monthOf, monthRange } from '../dates';
import { availabilityWords, formatAway } from '../dispatch/availability';
import { dispatchesIn } from '../dispatch/load';
import type { Facilitator } from '../handbook';
import type { MatchingContext } from '../matching/context';
import type { Role } from '../schemas/facilitators';

/** Dispatches in a fiscal quarter against the facilitator's limit. */
export interface QuarterLoad {
  /** `2026Q3` */
  quarter: string;
  count: number;
  max: number;
}

/** A quarter's load with what is left of the limit. */
export interface QuarterCapacity extends QuarterLoad {
  /** `max - count`, not below 0. */
  remaining: number;
}

/** Whether someone can be asked for a session in a month, and what to know about it. */
export interface MonthOpening {
  month: MonthKey;
  /** The fiscal quarter of the month, whose limit applies. */
  quarter: string;
  /** They can go on some day of the month: not a month they never go, not away all month, under their limit. */
  open: boolean;
  /** Why they cannot, or the days they are away when they can on others. */
  note?: string;
}

export interface NamedRef {
  id: string;
  name: string;
}

/** One available facilitator, as the dispatch directory shows them. */
export interface DirectoryRow {
  facilitator: Facilitator;
  department: NamedRef;
  /** The root department: the directory of a department lists other organisations only. */
  organisation: NamedRef;
  methods: NamedRef[];
  /** Regions they can travel to; undefined means anywhere. */
  regions: string[] | undefined;
  roles: Role[];
  /** Load in the fiscal quarter of "today". */
  load: QuarterLoad;
  hasCapacity: boolean;
  /** Load and what is left, for each quarter of `months` (this quarter first). */
  quarters: QuarterCapacity[];
  /** This month and the next twelve (entries may be shared between rows: read only). */
  months: readonly Readonly<MonthOpening>[];
  /** Limits of their availability in words: 午後のみ, 4・5月は不可 … */
  availability: string[];
}

/** How many months the directory looks ahead: this month and the next twelve. */
export const DIRECTORY_MONTHS = 13;

/** This month and the next twelve, as `YYYY-MM`. */
export function directoryMonths(today: string): MonthKey[] {
  return Array.from({ length: DIRECTORY_MONTHS }, (_, i) => addMonths(monthOf(today), i));
}

/** The fiscal quarters of `months`, in order, each once. */
export function quartersOf(months: readonly MonthKey[]): string[] {
  return [...new Set(months.map((month) => fiscalQuarterKey(`${month}-01`)))];
}

/** A month of a calendar: its key, days and quarter. */
interface CalendarMonth {
  month: MonthKey;
  /** 1–12 */
  number: number;
  first: IsoDate;
  last: IsoDate;
  quarter: string;
}

function monthOpening(
  facilitator: Facilitator,
  month: CalendarMonth,
  quarter: QuarterCapacity,
  shared: Map<string, MonthOpening>,
): MonthOpening {
  const { dispatch } = facilitator;
  if (dispatch.unavailableMonths?.includes(month.number))
    return {
      month: month.month,
      quarter: month.quarter,
      open: false,
      note: `${month.number}月は派遣できない月`,
    };
  const partly: string[] = [];
  for (const away of dispatch.away ?? []) {
    if (away.from > month.last || away.to < month.first) continue;
    if (away.from <= month.first && away.to >= month.last)
      return { month: month.month, quarter: month.quarter, open: false, note: formatAway(away) };
    const from = away.from < month.first ? month.first : away.from;
    const to = away.to > month.last ? month.last : away.to;
    partly.push(`${formatDay(from)}〜${formatDay(to)}は${away.note ?? '不在'}`);
  }
  if (partly.length > 0 && quarter.remaining > 0)
    return { month: month.month, quarter: month.quarter, open: true, note: partly.join('、') };
  // Most people's month depends on their quarter's load alone: one entry per month and load.
  const key = `${month.month} ${quarter.remaining > 0 ? '' : `${quarter.count}/${quarter.max}`}`;
  let opening = shared.get(key);
  if (opening === undefined) {
    opening =
      quarter.remaining > 0
        ? { month: month.month, quarter: month.quarter, open: true }
        : {
            month: month.month,
            quarter: month.quarter,
            open: false,
            note: `${formatFiscalQuarter(quarter.quarter)}の派遣が上限（${quarter.count}/${quarter.max}）`,
          };
    shared.set(key, opening);
  }
  return opening;
}

/**
 * Every facilitator available for dispatch, in kana order, with their load this quarter and
 * whether they can go in each of this month and the next twelve (the limit of that month's
 * quarter, the months they never go and their absences applied).
 */
export function directoryRows(context: MatchingContext): DirectoryRow[] {
  const { today } = context;
  const months = directoryMonths(today);
  const quarterKeys = quartersOf(months);
  const calendar: CalendarMonth[] = months.map((month) => ({
    month,
    number: Number(month.slice(5)),
    ...monthRange(month),
    quarter: fiscalQuarterKey(`${month}-01`),
  }));
  const current = fiscalQuarterKey(today);
  const ref = (id: string): NamedRef => ({ id, name: context.departmentName(id) });
  const shared = new Map<string, MonthOpening>();
  return context.facilitators
    .filter((facilitator) => facilitator.dispatch.available)
    .map((facilitator) => {
      const max = facilitator.dispatch.maxPerQuarter;
      const quarters = quarterKeys.map((quarter) => {
        const count = dispatchesIn(context.load, facilitator.id, quarter).length;
        return { quarter, count, max, remaining: Math.max(0, max - count) };
      });
      const byKey = new Map(quarters.map((quarter) => [quarter.quarter, quarter]));
      const load = { quarter: current, count: byKey.get(current)!.count, max };
      return {
        facilitator,
        department: ref(facilitator.department),
        organisation: ref(context.organisation.rootOf(facilitator.department)),
        methods: facilitator.methods.map((id) => ({ id, name: context.methodNames.get(id) ?? id })),
        regions: facilitator.dispatch.regions,
        roles: facilitator.roles,
        load,
        hasCapacity: load.count < load.max,
        quarters,
        months: calendar.map((month) => monthOpening(facilitator, month, byKey.get(month.quarter)!, shared)),
        availability: availabilityWords(facilitator.dispatch, today),
      };
    });
}

/**
 * Who a department can ask for: available facilitators of other organisations, in kana order.
 * Pass `rows` when listing many departments, to work them out once.
 */
export function directoryFor(
  departmentId: string,
  context: MatchingContext,
  rows: readonly DirectoryRow[] = directoryRows(context),
): DirectoryRow[] {
  const root = context.organisation.rootOf(departmentId);
  return rows.filter((row) => row.organisation.id !== root);
}

/** Those of `rows` who can go in `month` (one of `directoryMonths`). */
export function openIn(rows: readonly DirectoryRow[], month: MonthKey): DirectoryRow[] {
  return rows.filter((row) => row.months.find((opening) => opening.month === month)?.open === true);
}
