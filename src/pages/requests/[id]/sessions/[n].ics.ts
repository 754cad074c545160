import type { APIRoute } from 'astro';
import { calendarLinks, icsResponse } from '../../../../data/calendar';
import { getSite } from '../../../../data/site';
import { changedPages } from '../../../../data/rebuild';
import { sessionCalendar } from '../../../../domain/calendar/events';

export async function getStaticPaths() {
  const { index } = await getSite();
  return changedPages(
    index.handbook.requests.flatMap((r) =>
      r.sessions.map((_, i) => ({
        file: `requests/${r.id}/sessions/${i + 1}.ics`,
        params: { id: r.id, n: String(i + 1) },
      })),
    ),
  );
}

/** One session, behind its "add to calendar" link. */
export const GET: APIRoute = async ({ params, site }) => {
  const { index, today } = await getSite();
  return icsResponse(sessionCalendar(index, params.id!, Number(params.n), calendarLinks(site)), today);
};
