import { formatFiscalQuarter } from '../dates';
import { requestQuarters } from '../dispatch/load';
import type { Handbook } from '../handbook';

export interface DispatchesByQuarter {
  /** Every quarter from the first to the last with a dispatch, e.g. `2026Q3`. */
  quarters: { key: string; label: string }[];
  /** Every department, in handbook order; counts line up with `quarters`. */
  rows: { id: string; name: string; received: number[]; sent: number[] }[];
}

/** The quarter after `2026Q4` is `2027Q1`. */
function nextQuarter(key: string): string {
  const [year, quarter] = key.split('Q').map(Number);
  return quarter === 4 ? `${year + 1}Q1` : `${year}Q${quarter + 1}`;
}

/** Every quarter from `first` to `last` (not before `first`), both included. */
function quarterRange(first: string, last: string): string[] {
  const keys = [first];
  while (keys.at(-1)! < last) keys.push(nextQuarter(keys.at(-1)!));
  return keys;
}

/**
 * Dispatches per department and fiscal quarter, as the load rule counts them: an assigned
 * facilitator on a request that is not cancelled, once in each quarter it has a session in.
 * `received` counts them under the requesting department, `sent` under the facilitator's.
 */
export function dispatchesByDepartmentAndQuarter(handbook: Handbook): DispatchesByQuarter {
  const departmentOf = new Map(
    handbook.facilitators.map((facilitator) => [facilitator.id, facilitator.department]),
  );
  const counts = new Map<string, { received: Map<string, number>; sent: Map<string, number> }>(
    handbook.departments.map((department) => [department.id, { received: new Map(), sent: new Map() }]),
  );
  const add = (map: Map<string, number> | undefined, quarter: string) =>
    map?.set(quarter, (map.get(quarter) ?? 0) + 1);
  const seen = new Set<string>();
  for (const request of handbook.requests) {
    if (request.status === 'cancelled') continue;
    for (const quarter of requestQuarters(request)) {
      for (const id of request.assigned) {
        seen.add(quarter);
        add(counts.get(request.department)?.received, quarter);
        add(counts.get(departmentOf.get(id) ?? '')?.sent, quarter);
      }
    }
  }
  const sorted = [...seen].sort();
  const keys = sorted.length === 0 ? [] : quarterRange(sorted[0], sorted.at(-1)!);
  return {
    quarters: keys.map((key) => ({ key, label: formatFiscalQuarter(key) })),
    rows: handbook.departments.map((department) => {
      const { received, sent } = counts.get(department.id)!;
      return {
        id: department.id,
        name: department.name,
        received: keys.map((key) => received.get(key) ?? 0),
        sent: keys.map((key) => sent.get(key) ?? 0),
      };
    }),
  };
}
