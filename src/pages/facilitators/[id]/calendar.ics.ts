import type { APIRoute } from 'astro';
import { calendarLinks, icsResponse } from '../../../data/calendar';
import { getSite } from '../../../data/site';
import { plannedPaths } from '../../../data/rebuild';
import { facilitatorCalendar } from '../../../domain/calendar/events';

export function getStaticPaths() {
  return plannedPaths('facilitatorCalendar');
}

/** A facilitator's own sessions, to subscribe to from their calendar. */
export const GET: APIRoute = async ({ params, site }) => {
  const { index, today } = await getSite();
  return icsResponse(facilitatorCalendar(index, params.id!, calendarLinks(site)), today);
};
