import type { APIRoute } from 'astro';
import { calendarLinks, icsResponse } from '../data/calendar';
import { getSite } from '../data/site';
import { siteCalendar } from '../domain/calendar/events';

/** Every session and class day to come, to subscribe to from any calendar app. */
export const GET: APIRoute = async ({ site }) => {
  const { index, today } = await getSite();
  return icsResponse(siteCalendar(index, today, calendarLinks(site)), today);
};
