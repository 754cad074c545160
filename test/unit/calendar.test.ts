import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  cohortEvents,
  departmentCalendar,
  facilitatorCalendar,
  sessionCalendar,
  siteCalendar,
  tokyoInstant,
  type CalendarEvent,
  type CalendarLinks,
} from '../../src/domain/calendar/events';
import { toIcs } from '../../src/domain/calendar/ics';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { loadHandbook } from '../../src/source/load-handbook';

// The fixture handbook; its expected facts are listed in test/fixtures/handbook/FACTS.md.
const { handbook } = loadHandbook({
  contentDir: 'test/fixtures/handbook/content',
  publicDir: 'test/fixtures/handbook/public',
  today: '2026-11-22',
});
const index = buildHandbookIndex(handbook, '2026-11-22');
const links: CalendarLinks = {
  request: (id) => `https://intra.example/handbook/requests/${id}/`,
  brief: (id) => `https://intra.example/handbook/requests/${id}/brief/`,
  cohort: (course, cohort) => `https://intra.example/handbook/courses/${course}/#${cohort}`,
};
const uids = (events: readonly CalendarEvent[]) => events.map((e) => e.uid);

/** Events of an .ics text as read by ical.js, an independent parser. */
function parseIcs(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      start: event.startDate,
      end: event.endDate,
      status: vevent.getFirstPropertyValue('status'),
      url: vevent.getFirstPropertyValue('url'),
    };
  });
}

describe('Japanese times', () => {
  it('are UTC+9 all year, whatever the machine', () => {
    expect(tokyoInstant('2026-12-10', '13:30').toISOString()).toBe('2026-12-10T04:30:00.000Z');
    expect(tokyoInstant('2026-07-01', '08:00').toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });
});

describe('the site calendar', () => {
  it('has every session and class day from today on, of every request not cancelled, soonest first', () => {
    const calendar = siteCalendar(index, '2026-11-22', links);
    expect(uids(calendar.events)).toEqual([
      'cohort-taiwa-kiso-2026-3-2026-11-25@handbook',
      'request-kosodate-hatarakikata-2026-12-1@handbook',
      'request-kosodate-gr-2026-12-1@handbook',
      'request-somu-gyomu-kaizen-2026-12-1@handbook',
      'cohort-taiwa-kiso-2026-3-2026-12-16@handbook',
      'request-kiki-kanri-osm-2027-01-1@handbook',
    ]);
  });

  it('describes a session with its place, region, people and a link back', () => {
    const event = siteCalendar(index, '2026-11-22', links).events.find(
      (e) => e.uid === 'request-kosodate-gr-2026-12-1@handbook',
    )!;
    expect(event.when).toEqual({
      start: new Date('2026-12-10T04:30:00Z'),
      end: new Date('2026-12-10T07:30:00Z'),
    });
    expect(event.summary).toBe('【募集中】子育て支援ネットワーク会議での記録と進行');
    expect(event.status).toBe('TENTATIVE');
    expect(event.location).toBe('西部子ども福祉事務所 大会議室（西部）');
    expect(event.url).toBe('https://intra.example/handbook/requests/kosodate-gr-2026-12/');
    expect(event.description).toContain('職場の世話人: 山本 拓海');
    expect(event.description).toContain('https://intra.example/handbook/requests/kosodate-gr-2026-12/brief/');
    expect(event.description).not.toContain('@pref.sakura.example');
  });

  it('has the first and last class day of each course run to come', () => {
    const calendar = siteCalendar(index, '2025-06-01', links);
    const classDays = calendar.events.filter((e) => e.uid.startsWith('cohort-'));
    expect(classDays.map((e) => [e.uid, e.when])).toEqual([
      ['cohort-taiwa-kiso-2025-2-start@handbook', { day: '2025-06-04' }],
      ['cohort-taiwa-kiso-2025-2-end@handbook', { day: '2025-07-09' }],
      ['cohort-gr-nyumon-2025-1-start@handbook', { day: '2025-10-08' }],
      ['cohort-gr-nyumon-2025-1-end@handbook', { day: '2025-10-15' }],
      ['cohort-taiwa-kiso-2026-3-2026-11-04@handbook', { day: '2026-11-04' }],
      ['cohort-taiwa-kiso-2026-3-2026-11-25@handbook', { day: '2026-11-25' }],
      ['cohort-taiwa-kiso-2026-3-2026-12-16@handbook', { day: '2026-12-16' }],
    ]);
    expect(classDays[0]).toMatchObject({
      summary: '対話の場づくり基礎講座 第2回（初日）',
      location: 'さくら県職員人材育成センター 第1研修室',
    });
    expect(classDays[0].url).toBe('https://intra.example/handbook/courses/taiwa-kiso/#taiwa-kiso-2025-2');
  });

  it('has every class day of a run that lists its days, counted in days, not in runs', () => {
    const days = siteCalendar(index, '2026-11-01', links).events.filter((e) =>
      e.uid.startsWith('cohort-taiwa-kiso-2026-3-'),
    );
    expect(days.map((e) => [e.summary, e.when])).toEqual([
      ['対話の場づくり基礎講座 第3回（1日目）', { day: '2026-11-04' }],
      ['対話の場づくり基礎講座 第3回（2日目）', { day: '2026-11-25' }],
      ['対話の場づくり基礎講座 第3回（3日目）', { day: '2026-12-16' }],
    ]);
    expect(days[1]).toMatchObject({
      location: 'さくら県職員人材育成センター 第2研修室',
      url: 'https://intra.example/handbook/courses/taiwa-kiso/#taiwa-kiso-2026-3',
      status: 'CONFIRMED',
    });
  });

  it('keeps the events of the other days when a day is added in between', () => {
    const run = handbook.cohorts.find((c) => c.id === 'taiwa-kiso-2026-3')!;
    const before = cohortEvents(index, run, links).map((e) => e.uid);
    const after = cohortEvents(index, { ...run, days: [...run.days!, '2026-12-02'] }, links).map(
      (e) => e.uid,
    );
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(4);
  });
});

describe('personal and department calendars', () => {
  it('gives a facilitator the sessions they are sent to or host, and the runs they join as a senior', () => {
    expect(uids(facilitatorCalendar(index, 'ito-kenji', links).events)).toEqual([
      'cohort-taiwa-kiso-2025-2-start@handbook',
      'cohort-taiwa-kiso-2025-2-end@handbook',
      'request-somu-wakate-osm-2026-10-1@handbook',
      'request-somu-wakate-osm-2026-10-2@handbook',
      'request-kosodate-hatarakikata-2026-12-1@handbook',
    ]);
    expect(uids(facilitatorCalendar(index, 'aoki-miho', links).events)).toEqual([
      'cohort-taiwa-kiso-2025-2-start@handbook',
      'cohort-taiwa-kiso-2025-2-end@handbook',
      'cohort-taiwa-kiso-2026-3-2026-11-04@handbook',
      'cohort-taiwa-kiso-2026-3-2026-11-25@handbook',
      'request-somu-gyomu-kaizen-2026-12-1@handbook',
      'cohort-taiwa-kiso-2026-3-2026-12-16@handbook',
    ]);
    expect(uids(facilitatorCalendar(index, 'nakajima-aya', links).events)).toEqual([
      'request-kiki-bosai-kunren-2026-09-1@handbook',
      'request-kosodate-hatarakikata-2026-12-1@handbook',
    ]);
  });

  it('leaves out cancelled requests', () => {
    expect(facilitatorCalendar(index, 'kato-yumi', links).events.map((e) => e.uid)).toEqual([
      'request-kiki-kanri-osm-2027-01-1@handbook',
    ]);
    expect(departmentCalendar(index, 'kosodate-fukushi-nishi', links).events).toEqual([]);
  });

  it('gives a department the sessions of its own requests', () => {
    const calendar = departmentCalendar(index, 'kosodate-fukushi', links);
    expect(calendar.name).toBe('子ども福祉部の開催予定（世話人ネットワーク）');
    expect(uids(calendar.events)).toEqual([
      'request-kosodate-hatarakikata-2026-12-1@handbook',
      'request-kosodate-gr-2026-12-1@handbook',
    ]);
  });

  it('numbers the sessions of a request, and a cancelled one says it is cancelled', () => {
    expect(sessionCalendar(index, 'somu-wakate-osm-2026-10', 2, links).events[0]).toMatchObject({
      uid: 'request-somu-wakate-osm-2026-10-2@handbook',
      summary: '第2回 若手職員のオフサイトミーティング（全2回）',
    });
    expect(sessionCalendar(index, 'nishi-kosodate-cafe-2026-12', 1, links).events[0]).toMatchObject({
      status: 'CANCELLED',
    });
    expect(() => sessionCalendar(index, 'somu-wakate-osm-2026-10', 3, links)).toThrow(RangeError);
  });
});

describe('the .ics file', () => {
  const text = toIcs(siteCalendar(index, '2025-06-01', links), '2025-06-01');
  const events = parseIcs(text);

  it('is read back by an independent parser with the same events', () => {
    expect(events.map((e) => e.uid)).toEqual(uids(siteCalendar(index, '2025-06-01', links).events));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).toContain('X-WR-CALNAME:世話人ネットワーク 開催予定');
  });

  it('writes session times in UTC and class days as whole days', () => {
    const session = events.find((e) => e.uid === 'request-kosodate-gr-2026-12-1@handbook')!;
    expect(session.start.toString()).toBe('2026-12-10T04:30:00Z');
    expect(session.end.toString()).toBe('2026-12-10T07:30:00Z');
    expect(session.start.toJSDate().toISOString()).toBe('2026-12-10T04:30:00.000Z');
    expect(session).toMatchObject({
      location: '西部子ども福祉事務所 大会議室（西部）',
      status: 'TENTATIVE',
      url: 'https://intra.example/handbook/requests/kosodate-gr-2026-12/',
    });
    const classDay = events.find((e) => e.uid === 'cohort-gr-nyumon-2025-1-end@handbook')!;
    expect(classDay.start.isDate).toBe(true);
    expect(classDay.start.toString()).toBe('2025-10-15');
    expect(classDay.end.toString()).toBe('2025-10-16');
  });

  it('is the same byte for byte for the same content and day', () => {
    expect(toIcs(siteCalendar(index, '2025-06-01', links), '2025-06-01')).toBe(text);
    expect(text).toContain('DTSTAMP:20250601T000000Z');
  });

  it('ends every line with CRLF, the last one too (RFC 5545)', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds long lines at 75 bytes without breaking a character', () => {
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(lines.join('')).not.toContain('\uFFFD');
  });
});
