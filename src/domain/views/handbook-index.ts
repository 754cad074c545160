import { dispatchLoad, type DispatchLoad } from '../dispatch/load';
import type {
  Cohort,
  Course,
  Department,
  DispatchRequest,
  Facilitator,
  Guide,
  Handbook,
  Material,
  Method,
  Report,
} from '../handbook';
import { sortByKana } from '../kana';
import { buildVolunteers, type Volunteer } from '../offers/volunteers';
import { buildOrganisation, type Organisation } from '../organisation';

/**
 * Lookups and derived lists computed once per build, so that pages only read them: nothing
 * here is written by hand in content.
 */
export interface HandbookIndex {
  handbook: Handbook;
  organisation: Organisation;
  load: DispatchLoad;
  department: Map<string, Department>;
  method: Map<string, Method>;
  cohort: Map<string, Cohort>;
  course: Map<string, Course>;
  facilitator: Map<string, Facilitator>;
  request: Map<string, DispatchRequest>;
  /** Facilitators in 五十音 order. */
  facilitatorsByKana: Facilitator[];
  /** Dispatch history: requests a facilitator is assigned to, newest first. */
  assignedRequests(facilitatorId: string): DispatchRequest[];
  /** Reports that name a facilitator among those who facilitated, newest first. */
  reportsNaming(facilitatorId: string): Report[];
  guidesBy(facilitatorId: string): Guide[];
  /** Cohorts a facilitator joined as a senior. */
  seniorIn(facilitatorId: string): Cohort[];
  /** Graduates of a cohort, in 五十音 order. */
  graduates(cohortId: string): Facilitator[];
  cohortsOf(courseId: string): Cohort[];
  /** Materials of a course in class-day order. */
  materialsOf(courseId: string): Material[];
  /** Facilitators of a department and of the departments under it (its regional offices). */
  facilitatorsOf(departmentId: string): Facilitator[];
  requestsOf(departmentId: string): DispatchRequest[];
  reportsOf(departmentId: string): Report[];
  /** Who offered to help a request: its `volunteers:` first, then its offer files by date. */
  volunteersOf(requestId: string): readonly Volunteer[];
  /** The requests a facilitator offered to help with, newest first. */
  offeredBy(facilitatorId: string): readonly { request: DispatchRequest; volunteer: Volunteer }[];
  /** The report on a request, if one was written. */
  reportsOn(requestId: string): Report[];
  /** Departments directly under a department. */
  childrenOf(departmentId: string): Department[];
  /** The department a report was held in: its own, or its request's. */
  reportDepartment(report: Report): string | undefined;
  /** Entries using a method. */
  usingMethod(methodId: string): {
    facilitators: Facilitator[];
    guides: Guide[];
    requests: DispatchRequest[];
    reports: Report[];
  };
}

function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly (string | undefined)[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const newestFirst =
  <T>(dateOf: (item: T) => string) =>
  (a: T, b: T) =>
    dateOf(b).localeCompare(dateOf(a));
const firstSession = (request: DispatchRequest) => request.sessions[0].date;

export function buildHandbookIndex(handbook: Handbook): HandbookIndex {
  const organisation = buildOrganisation(handbook.departments);
  const request = new Map(handbook.requests.map((r) => [r.id, r]));
  const reportDepartment = (report: Report) =>
    report.department ?? (report.request ? request.get(report.request)?.department : undefined);
  const facilitatorsByKana = sortByKana(handbook.facilitators, (f) => f.kana);
  const requestsByDate = [...handbook.requests].sort(newestFirst(firstSession));
  const reportsByDate = [...handbook.reports].sort(newestFirst((r) => r.date));

  const assigned = groupBy(requestsByDate, (r) => r.assigned);
  const named = groupBy(reportsByDate, (r) => r.facilitators);
  const authored = groupBy(handbook.guides, (g) => g.authors);
  const seniors = groupBy(handbook.cohorts, (c) => c.seniors);
  const graduates = groupBy(facilitatorsByKana, (f) => [f.cohort]);
  const cohorts = groupBy(
    [...handbook.cohorts].sort((a, b) => a.number - b.number),
    (c) => [c.course],
  );
  const materials = groupBy(
    [...handbook.materials].sort(
      (a, b) => (a.session ?? Infinity) - (b.session ?? Infinity) || a.title.localeCompare(b.title, 'ja'),
    ),
    (m) => [m.course],
  );
  const children = groupBy(handbook.departments, (d) => [d.parent]);
  const parentOf = new Map(handbook.departments.map((d) => [d.id, d.parent]));
  const ancestorsOf = (departmentId: string): string[] => {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = departmentId; id && !seen.has(id); id = parentOf.get(id)) {
      seen.add(id);
      chain.push(id);
    }
    return chain;
  };
  const facilitatorsUnder = groupBy(facilitatorsByKana, (f) => ancestorsOf(f.department));
  const requestsIn = groupBy(requestsByDate, (r) => [r.department]);
  const reportsIn = groupBy(reportsByDate, (r) => [reportDepartment(r)]);
  const reportsOn = groupBy(reportsByDate, (r) => [r.request]);
  const volunteers = buildVolunteers(handbook);
  const byMethod = {
    facilitators: groupBy(facilitatorsByKana, (f) => f.methods),
    guides: groupBy(handbook.guides, (g) => g.methods),
    requests: groupBy(requestsByDate, (r) => r.methods),
    reports: groupBy(reportsByDate, (r) => r.methods),
  };

  return {
    handbook,
    organisation,
    load: dispatchLoad(handbook.requests),
    department: new Map(handbook.departments.map((d) => [d.id, d])),
    method: new Map(handbook.methods.map((m) => [m.id, m])),
    cohort: new Map(handbook.cohorts.map((c) => [c.id, c])),
    course: new Map(handbook.courses.map((c) => [c.id, c])),
    facilitator: new Map(handbook.facilitators.map((f) => [f.id, f])),
    request,
    facilitatorsByKana,
    assignedRequests: (id) => assigned.get(id) ?? [],
    reportsNaming: (id) => named.get(id) ?? [],
    guidesBy: (id) => authored.get(id) ?? [],
    seniorIn: (id) => seniors.get(id) ?? [],
    graduates: (id) => graduates.get(id) ?? [],
    cohortsOf: (id) => cohorts.get(id) ?? [],
    materialsOf: (id) => materials.get(id) ?? [],
    facilitatorsOf: (id) => facilitatorsUnder.get(id) ?? [],
    requestsOf: (id) => requestsIn.get(id) ?? [],
    reportsOf: (id) => reportsIn.get(id) ?? [],
    reportsOn: (id) => reportsOn.get(id) ?? [],
    volunteersOf: volunteers.of,
    offeredBy: volunteers.by,
    childrenOf: (id) => children.get(id) ?? [],
    reportDepartment: (report) => reportDepartment(report),
    usingMethod: (id) => ({
      facilitators: byMethod.facilitators.get(id) ?? [],
      guides: byMethod.guides.get(id) ?? [],
      requests: byMethod.requests.get(id) ?? [],
      reports: byMethod.reports.get(id) ?? [],
    }),
  };
}
