import type { Calendar, CalendarLinks } from '../domain/calendar/events';
import { toIcs } from '../domain/calendar/ics';
import { paths } from './urls';

/** Calendar apps open links from outside the site, so events link back with absolute URLs. */
export function calendarLinks(site: URL | undefined): CalendarLinks {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  return {
    request: (id) => absolute(paths.request(id)),
    brief: (id) => absolute(paths.brief(id)),
    cohort: (courseId, cohortId) => absolute(paths.cohort(courseId, cohortId)),
  };
}

/**
 * The two addresses of a calendar to subscribe to: the web address, to paste into Outlook or
 * Google Calendar, and the same with `webcal:`, which the system hands to its calendar app.
 */
export function subscription(path: string, site: URL | undefined): { address: string; webcal: string } {
  const address = new URL(path, site ?? 'http://localhost:4321').href;
  return { address, webcal: address.replace(/^https?:/, 'webcal:') };
}

export function icsResponse(calendar: Calendar, today: string): Response {
  return new Response(toIcs(calendar, today), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
