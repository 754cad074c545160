import type { IsoDate } from '../dates';
import { fiscalQuarterKey } from '../dates';
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
}

/** Every facilitator available for dispatch, in kana order, with their load this quarter. */
export function directoryRows(context: MatchingContext, today: IsoDate): DirectoryRow[] {
  const quarter = fiscalQuarterKey(today);
  const ref = (id: string): NamedRef => ({ id, name: context.departmentName(id) });
  return context.facilitators
    .filter((facilitator) => facilitator.dispatch.available)
    .map((facilitator) => {
      const load = {
        quarter,
        count: dispatchesIn(context.load, facilitator.id, quarter).length,
        max: facilitator.dispatch.maxPerQuarter,
      };
      return {
        facilitator,
        department: ref(facilitator.department),
        organisation: ref(context.organisation.rootOf(facilitator.department)),
        methods: facilitator.methods.map((id) => ({ id, name: context.methodNames.get(id) ?? id })),
        regions: facilitator.dispatch.regions,
        roles: facilitator.roles,
        load,
        hasCapacity: load.count < load.max,
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
  today: IsoDate,
  rows = directoryRows(context, today),
): DirectoryRow[] {
  const root = context.organisation.rootOf(departmentId);
  return rows.filter((row) => row.organisation.id !== root);
}
