import type { APIRoute } from 'astro';
import { calendarLinks, icsResponse } from '../../../../data/calendar';
import { getSite } from '../../../../data/site';
import { plannedPaths } from '../../../../data/rebuild';
import { sessionCalendar } from '../../../../domain/calendar/events';

export function getStaticPaths() {
  return plannedPaths('sessionCalendar');
}

/** One session, behind its "add to calendar" link. */
export const GET: APIRoute = async ({ params, site }) => {
  const { index, today } = await getSite();
  return icsResponse(sessionCalendar(index, params.id!, Number(params.n), calendarLinks(site)), today);
};
