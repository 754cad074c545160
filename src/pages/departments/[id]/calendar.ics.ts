import type { APIRoute } from 'astro';
import { calendarLinks, icsResponse } from '../../../data/calendar';
import { getSite } from '../../../data/site';
import { plannedPaths } from '../../../data/rebuild';
import { departmentCalendar } from '../../../domain/calendar/events';

export function getStaticPaths() {
  return plannedPaths('departmentCalendar');
}

/** The sessions of a department's requests. */
export const GET: APIRoute = async ({ params, site }) => {
  const { index, today } = await getSite();
  return icsResponse(departmentCalendar(index, params.id!, calendarLinks(site)), today);
};
