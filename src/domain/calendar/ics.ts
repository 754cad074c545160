import ical, { ICalEventStatus } from 'ical-generator';
import { parseIsoDate, type IsoDate } from '../dates';
import type { Calendar } from './events';

const utcDay = (date: IsoDate, plusDays = 0) => {
  const { year, month, day } = parseIsoDate(date)!;
  return new Date(Date.UTC(year, month - 1, day + plusDays));
};

/**
 * An iCalendar file (RFC 5545). Times are written in UTC (no TZID, so the build machine's own
 * time zone can never leak in); whole days are DATE values. `stamp` is the build's day, which
 * keeps a reproducible build byte for byte the same.
 */
export function toIcs(calendar: Calendar, stamp: IsoDate): string {
  const ics = ical({
    name: calendar.name,
    prodId: { company: 'facilitator-network', product: 'handbook', language: 'JA' },
    // Hints the zone to show events in for apps that read it; the times themselves are UTC.
    x: { 'X-WR-TIMEZONE': 'Asia/Tokyo' },
  });
  for (const event of calendar.events) {
    const when =
      'day' in event.when
        ? { allDay: true, start: utcDay(event.when.day), end: utcDay(event.when.day, 1) }
        : { start: event.when.start, end: event.when.end };
    ics.createEvent({
      id: event.uid,
      ...when,
      stamp: utcDay(stamp),
      summary: event.summary,
      description: event.description,
      location: event.location ?? null,
      url: event.url,
      status: ICalEventStatus[event.status],
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the
  // last line (END:VCALENDAR) without one.
  return `${ics.toString().replace(/\r\n$/, '')}\r\n`;
}
