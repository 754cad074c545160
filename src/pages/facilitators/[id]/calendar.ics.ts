import type { APIRoute } from 'astro';
import { calendarLinks, icsResponse } from '../../../data/calendar';
import { getSite } from '../../../data/site';
import { changedPages } from '../../../data/rebuild';
import { facilitatorCalendar } from '../../../domain/calendar/events';

export async function getStaticPaths() {
  const { index } = await getSite();
  return changedPages(
    index.handbook.facilitators.map((f) => ({
      file: `facilitators/${f.id}/calendar.ics`,
      params: { id: f.id },
    })),
  );
}

/** A facilitator's own sessions, to subscribe to from their calendar. */
export const GET: APIRoute = async ({ params, site }) => {
  const { index, today } = await getSite();
  return icsResponse(facilitatorCalendar(index, params.id!, calendarLinks(site)), today);
};
