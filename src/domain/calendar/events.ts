import type { IsoDate } from '../dates';
import type { Cohort, DispatchRequest } from '../handbook';
import { REQUEST_STATUS_LABELS } from '../views/labels';
import type { HandbookIndex } from '../views/handbook-index';
import { classDays, dayLabel, runTitle } from '../views/course-runs';

/** One event of a calendar, ready to be written as a VEVENT. */
export interface CalendarEvent {
  /** Stable from build to build, so that a calendar replaces the event instead of adding a copy. */
  uid: string;
  summary: string;
  description: string;
  location?: string;
  /** Absolute link back to the handbook. */
  url: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** A session has times; a class day of a course run is a whole day. */
  when: { start: Date; end: Date } | { day: IsoDate };
}

export interface Calendar {
  /** Shown by calendar apps as the subscribed calendar's name. */
  name: string;
  events: CalendarEvent[];
}

/** Absolute URLs of the pages events link back to. */
export interface CalendarLinks {
  request(id: string): string;
  brief(id: string): string;
  cohort(courseId: string, cohortId: string): string;
}

/**
 * The instant a Japanese wall-clock time happens. Asia/Tokyo has been UTC+9 all year since 1951
 * (no summer time), so the offset is fixed and events are written in UTC, never in the build
 * machine's own time zone.
 */
export function tokyoInstant(date: IsoDate, time: string): Date {
  return new Date(`${date}T${time}:00+09:00`);
}

const STATUS: Record<DispatchRequest['status'], CalendarEvent['status']> = {
  open: 'TENTATIVE',
  matched: 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/** `request-<id>-<n>@handbook`, n counting sessions from 1 as the per-session files do. */
export const sessionUid = (requestId: string, number: number) => `request-${requestId}-${number}@handbook`;

/** The event of one session of a request; `number` counts from 1. */
export function sessionEvent(
  index: HandbookIndex,
  request: DispatchRequest,
  number: number,
  links: CalendarLinks,
): CalendarEvent {
  const session = request.sessions[number - 1];
  if (!session) throw new RangeError(`${request.id} has no session ${number}`);
  const names = (ids: readonly string[]) =>
    ids.map((id) => index.facilitator.get(id)?.name ?? id).join('、') || '未定';
  const methods = request.methods.map((id) => index.method.get(id)?.name ?? id).join('、');
  const description = [
    `依頼元: ${index.department.get(request.department)?.name ?? request.department}`,
    `職場の世話人: ${names([request.host])}`,
    `派遣する世話人: ${names(request.assigned)}`,
    methods && `手法: ${methods}`,
    `参加者: ${request.participants}人${request.groups ? `（${request.groups}グループ）` : ''}`,
    `状況: ${REQUEST_STATUS_LABELS[request.status]}`,
    `事前資料（ブリーフ）: ${links.brief(request.id)}`,
  ].filter(Boolean);
  const numbered = request.sessions.length > 1 ? `第${number}回 ` : '';
  return {
    uid: sessionUid(request.id, number),
    summary: `${request.status === 'open' ? '【募集中】' : request.status === 'cancelled' ? '【中止】' : ''}${numbered}${request.title}`,
    description: description.join('\n'),
    location: session.region ? `${session.place}（${session.region}）` : session.place,
    url: links.request(request.id),
    status: STATUS[request.status],
    when: { start: tokyoInstant(session.date, session.start), end: tokyoInstant(session.date, session.end) },
  };
}

/**
 * Class days of a course run. A run that lists its `days` has an all-day event for each of
 * them (「1日目」, 「2日目」…); one that gives only its first and last day has those two, and
 * their description points to the course page.
 */
export function cohortEvents(index: HandbookIndex, cohort: Cohort, links: CalendarLinks): CalendarEvent[] {
  const course = index.course.get(cohort.course);
  const title = runTitle(course?.title ?? cohort.course, cohort.number);
  const length = course?.sessions ? `全${course.sessions}日の講座です。` : '';
  const base = {
    url: links.cohort(cohort.course, cohort.id),
    status: 'CONFIRMED' as const,
    ...(cohort.venue && { location: cohort.venue }),
  };
  const days = classDays(cohort);
  if (days.length > 0) {
    return days.map((day, i) => ({
      ...base,
      // By date, not by number: adding a day in between keeps the other days' events.
      uid: `cohort-${cohort.id}-${day}@handbook`,
      summary: `${title}（${dayLabel(i + 1)}）`,
      description: `全${days.length}日の授業の${dayLabel(i + 1)}です。日程は講座のページにもあります。`,
      when: { day },
    }));
  }
  if (!cohort.end || cohort.end === cohort.start) {
    return [
      {
        ...base,
        uid: `cohort-${cohort.id}-start@handbook`,
        summary: title,
        description: length || '研修講座の開催日です。',
        when: { day: cohort.start },
      },
    ];
  }
  const between = `${length}初日と最終日のほかの日程は講座のページで確かめてください。`;
  return [
    {
      ...base,
      uid: `cohort-${cohort.id}-start@handbook`,
      summary: `${title}（初日）`,
      description: between,
      when: { day: cohort.start },
    },
    {
      ...base,
      uid: `cohort-${cohort.id}-end@handbook`,
      summary: `${title}（最終日）`,
      description: between,
      when: { day: cohort.end },
    },
  ];
}

const dayOf = (event: CalendarEvent) =>
  'day' in event.when ? `${event.when.day}T00` : event.when.start.toISOString();
const byTime = (a: CalendarEvent, b: CalendarEvent) =>
  dayOf(a).localeCompare(dayOf(b)) || a.uid.localeCompare(b.uid);

function requestEvents(
  index: HandbookIndex,
  requests: readonly DispatchRequest[],
  links: CalendarLinks,
  keep: (date: IsoDate) => boolean = () => true,
): CalendarEvent[] {
  return requests
    .filter((request) => request.status !== 'cancelled')
    .flatMap((request) =>
      request.sessions.flatMap((session, i) =>
        keep(session.date) ? [sessionEvent(index, request, i + 1, links)] : [],
      ),
    );
}

/** `/calendar.ics`: every session from today on of every request not cancelled, and every class day to come. */
export function siteCalendar(index: HandbookIndex, today: IsoDate, links: CalendarLinks): Calendar {
  const upcoming = (date: IsoDate) => date >= today;
  const classDays = index.handbook.cohorts
    .flatMap((cohort) => cohortEvents(index, cohort, links))
    .filter((event) => 'day' in event.when && upcoming(event.when.day));
  return {
    name: '世話人ネットワーク 開催予定',
    events: [...requestEvents(index, index.handbook.requests, links, upcoming), ...classDays].sort(byTime),
  };
}

/**
 * A facilitator's own calendar: sessions they are dispatched to or host, and the class days of
 * the runs they join as a senior. Past ones stay, so that a subscribed calendar keeps the record.
 */
export function facilitatorCalendar(
  index: HandbookIndex,
  facilitatorId: string,
  links: CalendarLinks,
): Calendar {
  const facilitator = index.facilitator.get(facilitatorId);
  if (!facilitator) throw new RangeError(`No facilitator ${facilitatorId}`);
  const requests = index.handbook.requests.filter(
    (r) => r.host === facilitatorId || r.assigned.includes(facilitatorId),
  );
  const classDays = index.seniorIn(facilitatorId).flatMap((cohort) => cohortEvents(index, cohort, links));
  return {
    name: `${facilitator.name}さんの予定（世話人ネットワーク）`,
    events: [...requestEvents(index, requests, links), ...classDays].sort(byTime),
  };
}

/** A department's calendar: every session of the requests it made, past ones included. */
export function departmentCalendar(
  index: HandbookIndex,
  departmentId: string,
  links: CalendarLinks,
): Calendar {
  const department = index.department.get(departmentId);
  if (!department) throw new RangeError(`No department ${departmentId}`);
  return {
    name: `${department.name}の開催予定（世話人ネットワーク）`,
    events: requestEvents(index, index.requestsOf(departmentId), links).sort(byTime),
  };
}

/** The file behind a session's "add to calendar" link; a cancelled session says so, so an imported copy is cancelled too. */
export function sessionCalendar(
  index: HandbookIndex,
  requestId: string,
  number: number,
  links: CalendarLinks,
): Calendar {
  const request = index.request.get(requestId);
  if (!request) throw new RangeError(`No request ${requestId}`);
  const event = sessionEvent(index, request, number, links);
  return { name: event.summary, events: [event] };
}
