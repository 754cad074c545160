import type { APIRoute } from 'astro';
import { calendarLinks, icsResponse } from '../../../data/calendar';
import { getSite } from '../../../data/site';
import { changedPages } from '../../../data/rebuild';
import { departmentCalendar } from '../../../domain/calendar/events';

export async function getStaticPaths() {
  const { index } = await getSite();
  return changedPages(
    index.handbook.departments.map((d) => ({
      file: `departments/${d.id}/calendar.ics`,
      params: { id: d.id },
      own: { collection: 'departments', id: d.id, source: d.source.file },
    })),
  );
}

/** The sessions of a department's requests. */
export const GET: APIRoute = async ({ params, site }) => {
  const { index, today } = await getSite();
  return icsResponse(departmentCalendar(index, params.id!, calendarLinks(site)), today);
};
