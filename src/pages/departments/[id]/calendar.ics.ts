import type { APIRoute } from 'astro';
import { calendarLinks, icsResponse } from '../../../data/calendar';
import { getSite } from '../../../data/site';
import { departmentCalendar } from '../../../domain/calendar/events';

export async function getStaticPaths() {
  const { index } = await getSite();
  return index.handbook.departments.map((d) => ({ params: { id: d.id } }));
}

/** The sessions of a department's requests. */
export const GET: APIRoute = async ({ params, site }) => {
  const { index, today } = await getSite();
  return icsResponse(departmentCalendar(index, params.id!, calendarLinks(site)), today);
};
