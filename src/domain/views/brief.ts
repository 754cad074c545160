import type { IsoDate } from '../dates';
import type { Department, DispatchRequest, Facilitator, Guide, Report } from '../handbook';
import type { Session } from '../schemas/requests';
import type { HandbookIndex } from './handbook-index';

/** Someone a dispatched facilitator may need to reach before the session. */
export interface BriefPerson {
  facilitator: Facilitator;
  department?: Department;
  /** Internal contact: the brief is an internal page, like a profile, and is never indexed. */
  contact?: Facilitator['contact'];
}

export interface BriefMethod {
  id: string;
  name: string;
  summary?: string;
  /** Practice guides for this method. */
  guides: Guide[];
}

/** Everything a dispatched facilitator needs before walking into another department's room. */
export interface Brief {
  request: DispatchRequest;
  /** The department asking for help. */
  department?: Department;
  sessions: { session: Session; number: number; past: boolean }[];
  host?: BriefPerson;
  assigned: BriefPerson[];
  /** Those who offered to help (`volunteers:` and offer files), not dispatched, while people are wanted. */
  volunteers: BriefPerson[];
  methods: BriefMethod[];
  /** The practice guides of every method wanted, each once. */
  guides: Guide[];
  /** What the department did before this request, newest first, at most `reportLimit`. */
  pastReports: Report[];
  /** How many earlier reports there are in all, to say how many were left out. */
  pastReportCount: number;
}

/** Assembles the brief of a request; pages only render it. */
export function buildBrief(index: HandbookIndex, requestId: string, today: IsoDate, reportLimit = 5): Brief {
  const request = index.request.get(requestId);
  if (!request) throw new RangeError(`No request ${requestId}`);
  const person = (id: string): BriefPerson | undefined => {
    const facilitator = index.facilitator.get(id);
    return (
      facilitator && {
        facilitator,
        department: index.department.get(facilitator.department),
        contact: facilitator.contact,
      }
    );
  };
  const methods = request.methods.map((id) => {
    const method = index.method.get(id);
    return { id, name: method?.name ?? id, summary: method?.summary, guides: index.usingMethod(id).guides };
  });
  const guides = [...new Map(methods.flatMap((m) => m.guides).map((g) => [g.id, g])).values()];
  const firstSession = request.sessions.map((s) => s.date).sort()[0];
  const earlier = index
    .reportsOf(request.department)
    .filter((report) => report.request !== request.id && report.date < firstSession);
  return {
    request,
    department: index.department.get(request.department),
    sessions: request.sessions.map((session, i) => ({ session, number: i + 1, past: session.date < today })),
    host: person(request.host),
    assigned: request.assigned.map(person).filter((p): p is BriefPerson => p !== undefined),
    // Those who offered matter while people are still wanted; once enough are dispatched they do not.
    volunteers: (index.needsSuggestions(request) ? index.volunteersOf(request.id) : [])
      .filter((facilitator) => !request.assigned.includes(facilitator))
      .map(person)
      .filter((p): p is BriefPerson => p !== undefined),
    methods,
    guides,
    pastReports: earlier.slice(0, reportLimit),
    pastReportCount: earlier.length,
  };
}
