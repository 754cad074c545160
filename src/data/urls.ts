import { prefillQuery, type Prefill } from '../domain/views/new-page-links';

/** Site-relative links that keep working when the handbook is served under a base path. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

/**
 * The file a page's URL is served from in the built site: `reports/kaigi/index.html` for
 * `<base>reports/kaigi/`, `calendar.ics` for `<base>calendar.ics`.
 */
export function outputFile(url: string): string {
  if (!url.startsWith(base)) throw new Error(`${url} is not under the base path ${base}`);
  const path = url.slice(base.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export const paths = {
  facilitator: (id: string) => href(`facilitators/${id}/`),
  department: (id: string) => href(`departments/${id}/`),
  request: (id: string) => href(`requests/${id}/`),
  report: (id: string) => href(`reports/${id}/`),
  guide: (id: string) => href(`guides/${id}/`),
  course: (id: string) => href(`courses/${id}/`),
  material: (id: string) => href(`materials/${id}/`),
  method: (id: string) => href(`methods/${id}/`),
  cohort: (courseId: string, cohortId: string) => href(`courses/${courseId}/#${cohortId}`),
  directory: (departmentId?: string) => href(departmentId ? `directory/${departmentId}/` : 'directory/'),
  brief: (requestId: string) => href(`requests/${requestId}/brief/`),
  coordinator: () => href('coordinator/'),
  /** A session's own .ics file; `number` counts from 1. */
  sessionIcs: (requestId: string, number: number) => href(`requests/${requestId}/sessions/${number}.ics`),
  facilitatorCalendar: (id: string) => href(`facilitators/${id}/calendar.ics`),
  departmentCalendar: (id: string) => href(`departments/${id}/calendar.ics`),
  calendar: () => href('calendar.ics'),
  feed: () => href('feed.xml'),
  /** Who the hard rules rule out of a request, for the offer form. */
  offerExclusions: (requestId: string) => href(`new/offer/${requestId}.json`),
  /** A form under `/new/` (`offer`, `request`, `report`, `profile`), filled in from `prefill`. */
  newPage: (kind?: 'offer' | 'request' | 'report' | 'profile', prefill: Prefill = {}) =>
    href(kind ? `new/${kind}/${prefillQuery(prefill)}` : 'new/'),
};
