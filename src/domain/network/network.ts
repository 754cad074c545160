import type { Handbook } from '../handbook';
import { buildOrganisation } from '../organisation';

/** An organisation (a root department with its regional offices). */
export interface NetworkNode {
  /** The root department's id. */
  id: string;
  name: string;
  /** Dispatches of its facilitators to other organisations. */
  sent: number;
  /** Dispatches it received from other organisations. */
  received: number;
}

/** Dispatches from the facilitators of `source` to sessions of `target`. */
export interface NetworkLink {
  source: string;
  target: string;
  value: number;
}

export interface DispatchNetwork {
  /** Every organisation, in handbook order. */
  nodes: NetworkNode[];
  /** Non-zero flows, by source then target in handbook order. */
  links: NetworkLink[];
}

/**
 * Who helps whom across organisations. A dispatch is a facilitator from another organisation
 * at an occasion, counted once per occasion:
 * - a request that is not cancelled: its assigned facilitators, for the requesting department;
 * - a report: the facilitators it names, for its department (or its request's).
 * A report of a request is the same occasion as the request, so someone both assigned and
 * named in the report counts once, and someone who joined without being assigned is added.
 */
export function dispatchNetwork(handbook: Handbook): DispatchNetwork {
  const organisation = buildOrganisation(handbook.departments);
  const departmentOf = new Map(
    handbook.facilitators.map((facilitator) => [facilitator.id, facilitator.department]),
  );
  const requests = new Map(handbook.requests.map((request) => [request.id, request]));
  const occasions = new Map<string, { department: string; facilitators: Set<string> }>();
  const occasion = (key: string, department: string) => {
    const found = occasions.get(key) ?? { department, facilitators: new Set<string>() };
    occasions.set(key, found);
    return found;
  };
  for (const request of handbook.requests) {
    if (request.status === 'cancelled') continue;
    request.assigned.forEach((id) => occasion(request.id, request.department).facilitators.add(id));
  }
  for (const report of handbook.reports) {
    const request = report.request === undefined ? undefined : requests.get(report.request);
    if (request?.status === 'cancelled') continue;
    const department = report.department ?? request?.department;
    if (department === undefined) continue;
    const key = request ? request.id : `report:${report.id}`;
    report.facilitators.forEach((id) => occasion(key, department).facilitators.add(id));
  }

  const roots = handbook.departments.filter(
    (department) => organisation.rootOf(department.id) === department.id,
  );
  const nodes = new Map(
    roots.map((root): [string, NetworkNode] => [
      root.id,
      { id: root.id, name: root.name, sent: 0, received: 0 },
    ]),
  );
  const flows = new Map<string, Map<string, number>>(roots.map((root) => [root.id, new Map()]));
  for (const { department, facilitators } of occasions.values()) {
    const target = organisation.rootOf(department);
    for (const id of facilitators) {
      const home = departmentOf.get(id);
      if (home === undefined) continue;
      const source = organisation.rootOf(home);
      if (source === target || !nodes.has(source) || !nodes.has(target)) continue;
      nodes.get(source)!.sent += 1;
      nodes.get(target)!.received += 1;
      const row = flows.get(source)!;
      row.set(target, (row.get(target) ?? 0) + 1);
    }
  }
  const links = roots.flatMap((source) =>
    roots.flatMap((target) => {
      const value = flows.get(source.id)!.get(target.id) ?? 0;
      return value > 0 ? [{ source: source.id, target: target.id, value }] : [];
    }),
  );
  return { nodes: [...nodes.values()], links };
}
