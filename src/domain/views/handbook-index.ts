import type { IsoDate } from '../dates';
import { directoryRows, type DirectoryRow } from '../directory/directory';
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
import { compareKana } from '../kana';
import { buildMatchingContext, type MatchingContext } from '../matching/context';
import { buildVolunteers, type Volunteer } from '../offers/volunteers';
import { buildOrganisation, type Organisation } from '../organisation';
import type { GuideCategory } from '../schemas/guides';
import type { RequestStatus, Session } from '../schemas/requests';

/**
 * The one index of a handbook, built once per build: lookups by id for every collection,
 * derived lists, and the views pages show (open requests, recent reports …), so that pages only
 * read it. Nothing here is written by hand in content. The dispatch directory and the
 * suggestions read `matching`, built from this index on first use.
 *
 * Sessions of a request are in date order (the loader sorts them), so the first session is
 * `sessions[0]`; pages ask `firstSession` rather than knowing that.
 */
export interface HandbookIndex {
  handbook: Handbook;
  /** The build's "today": open, stale and held are decided against it. */
  today: IsoDate;
  organisation: Organisation;
  load: DispatchLoad;
  department: ReadonlyMap<string, Department>;
  method: ReadonlyMap<string, Method>;
  cohort: ReadonlyMap<string, Cohort>;
  course: ReadonlyMap<string, Course>;
  facilitator: ReadonlyMap<string, Facilitator>;
  request: ReadonlyMap<string, DispatchRequest>;
  report: ReadonlyMap<string, Report>;
  guide: ReadonlyMap<string, Guide>;
  material: ReadonlyMap<string, Material>;
  /** Facilitators in 五十音 order (ties by id). */
  facilitatorsByKana: readonly Facilitator[];

  /** The first session of a request (the earliest). */
  firstSession(request: DispatchRequest): Session;
  /** The last session of a request (the latest). */
  lastSession(request: DispatchRequest): Session;
  /** Every session of the request is before today. */
  isPast(request: DispatchRequest): boolean;
  /** Open requests with a session still to come, soonest first: the ones asking for help. */
  openRequests: readonly DispatchRequest[];
  /** Open requests whose sessions have all passed: left open by mistake. */
  staleRequests: readonly DispatchRequest[];
  /** Requests of a status; done ones newest first, the others soonest first. */
  requestsWithStatus(status: RequestStatus): readonly DispatchRequest[];
  /** Open, or matched with fewer assigned than needed, and not past. */
  needsSuggestions(request: DispatchRequest): boolean;
  /** The requests that need suggestions, soonest first (ties by id). */
  requestsNeedingSuggestions: readonly DispatchRequest[];
  /**
   * Who offered to help with a request (facilitator ids): the one place that knows where
   * offers are written, so that matching and pages count them alike.
   */
  volunteersOf(requestId: string): readonly string[];

  /** Every report, newest first. */
  reportsNewestFirst: readonly Report[];
  /** The `count` newest reports. */
  recentReports(count: number): readonly Report[];
  /** Guides, last updated first; of one category when given. */
  guidesNewestFirst(category?: GuideCategory): readonly Guide[];

  /** Dispatch history: requests a facilitator is assigned to, newest first. */
  assignedRequests(facilitatorId: string): DispatchRequest[];
  /** Requests a facilitator asked for as host, newest first. */
  hostedRequests(facilitatorId: string): DispatchRequest[];
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
  /**
   * Everyone who offered to help a request, `volunteers:` first, then offer files by date, each
   * with its offer file when they wrote one: the request page and the brief show the messages.
   */
  volunteerEntriesOf(requestId: string): readonly Volunteer[];
  /** The requests a facilitator offered to help with, newest first. */
  offeredBy(facilitatorId: string): readonly { request: DispatchRequest; volunteer: Volunteer }[];
  /** The reports on a request. */
  reportsOn(requestId: string): Report[];
  /** Departments directly under a department. */
  childrenOf(departmentId: string): Department[];
  /** The region of a department, or of the nearest department above it that has one. */
  regionOf(departmentId: string): string | undefined;
  /** The department a report was held in: its own, or its request's. */
  reportDepartment(report: Report): string | undefined;
  /** Entries using a method. */
  usingMethod(methodId: string): {
    facilitators: Facilitator[];
    guides: Guide[];
    requests: DispatchRequest[];
    reports: Report[];
  };
  /** Indexes for the dispatch directory and the suggestions, built from this index on first use. */
  readonly matching: MatchingContext;
  /** The dispatch directory: every available facilitator, with load and months; built on first use. */
  readonly directory: readonly DirectoryRow[];
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

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
/** Code-point order: ids, `YYYY-MM-DD` dates and `HH:MM` times sort right, without a collator. */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst =
  <T>(dateOf: (item: T) => string) =>
  (a: T, b: T) =>
    compareIds(dateOf(b), dateOf(a));
const firstSession = (request: DispatchRequest) => request.sessions[0];
const lastSession = (request: DispatchRequest) => request.sessions[request.sessions.length - 1];
/** Soonest first session first; ties by id, so that lists do not depend on reading order. */
const soonestFirst = (a: DispatchRequest, b: DispatchRequest) =>
  compareIds(firstSession(a).date, firstSession(b).date) ||
  compareIds(firstSession(a).start, firstSession(b).start) ||
  compareIds(a.id, b.id);

function needsPeople(request: DispatchRequest): boolean {
  return (
    request.status === 'open' || (request.status === 'matched' && request.assigned.length < request.needed)
  );
}

export function buildHandbookIndex(handbook: Handbook, today: IsoDate): HandbookIndex {
  const organisation = buildOrganisation(handbook.departments);
  const request = byId(handbook.requests);
  const department = byId(handbook.departments);
  const reportDepartment = (report: Report) =>
    report.department ?? (report.request ? request.get(report.request)?.department : undefined);
  const facilitatorsByKana = [...handbook.facilitators].sort(
    (a, b) => compareKana(a.kana, b.kana) || compareIds(a.id, b.id),
  );
  const requestsByDate = [...handbook.requests].sort(newestFirst((r) => firstSession(r).date));
  const requestsSoonestFirst = [...handbook.requests].sort(soonestFirst);
  const reportsByDate = [...handbook.reports].sort(newestFirst((r) => r.date));
  const guidesByDate = [...handbook.guides].sort(newestFirst((g) => g.updated));
  const isPast = (r: DispatchRequest) => lastSession(r).date < today;
  const needsSuggestions = (r: DispatchRequest) => needsPeople(r) && !isPast(r);

  const withStatus = groupBy(requestsSoonestFirst, (r) => [r.status]);
  const done = [...(withStatus.get('done') ?? [])].reverse();
  const assigned = groupBy(requestsByDate, (r) => r.assigned);
  const hosted = groupBy(requestsByDate, (r) => [r.host]);
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
  const guidesIn = groupBy(guidesByDate, (g) => [g.category]);
  const children = groupBy(handbook.departments, (d) => [d.parent]);
  const ancestorsOf = (departmentId: string): string[] => {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = departmentId; id && !seen.has(id); id = department.get(id)?.parent) {
      seen.add(id);
      chain.push(id);
    }
    return chain;
  };
  const regionOf = (departmentId: string) =>
    ancestorsOf(departmentId)
      .map((id) => department.get(id)?.region)
      .find((region) => region !== undefined);
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
  const open = withStatus.get('open') ?? [];

  let matching: MatchingContext | undefined;
  let directory: DirectoryRow[] | undefined;
  const index: HandbookIndex = {
    handbook,
    today,
    organisation,
    load: dispatchLoad(handbook.requests),
    department,
    method: byId(handbook.methods),
    cohort: byId(handbook.cohorts),
    course: byId(handbook.courses),
    facilitator: byId(handbook.facilitators),
    request,
    report: byId(handbook.reports),
    guide: byId(handbook.guides),
    material: byId(handbook.materials),
    facilitatorsByKana,
    firstSession,
    lastSession,
    isPast,
    openRequests: open.filter((r) => !isPast(r)),
    staleRequests: open.filter(isPast),
    requestsWithStatus: (status) => (status === 'done' ? done : (withStatus.get(status) ?? [])),
    needsSuggestions,
    requestsNeedingSuggestions: requestsSoonestFirst.filter(needsSuggestions),
    volunteersOf: (id) => volunteers.of(id).map((volunteer) => volunteer.facilitator),
    reportsNewestFirst: reportsByDate,
    recentReports: (count) => reportsByDate.slice(0, count),
    guidesNewestFirst: (category) => (category === undefined ? guidesByDate : (guidesIn.get(category) ?? [])),
    assignedRequests: (id) => assigned.get(id) ?? [],
    hostedRequests: (id) => hosted.get(id) ?? [],
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
    volunteerEntriesOf: volunteers.of,
    offeredBy: volunteers.by,
    childrenOf: (id) => children.get(id) ?? [],
    regionOf,
    reportDepartment: (report) => reportDepartment(report),
    usingMethod: (id) => ({
      facilitators: byMethod.facilitators.get(id) ?? [],
      guides: byMethod.guides.get(id) ?? [],
      requests: byMethod.requests.get(id) ?? [],
      reports: byMethod.reports.get(id) ?? [],
    }),
    get matching() {
      matching ??= buildMatchingContext(index);
      return matching;
    },
    get directory() {
      directory ??= directoryRows(index.matching);
      return directory;
    },
  };
  return index;
}
