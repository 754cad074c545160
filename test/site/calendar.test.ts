import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { hrefs, page } from '../support/html';

const dist = inject('fixtureDist');
const baseDist = inject('fixtureBaseDist');

/** The events of a built .ics file, read by ical.js (not the library that wrote them). */
function events(root: string, url: string) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(root, url), 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      location: event.location,
      url: String(vevent.getFirstPropertyValue('url')),
      status: vevent.getFirstPropertyValue('status'),
    };
  });
}

const uid = (request: string, n = 1) => `request-${request}-${n}@handbook`;

describe('/calendar.ics', () => {
  const all = events(dist, 'calendar.ics');

  it('has every upcoming session of every request not cancelled, each with a stable UID', () => {
    expect(all.map((e) => e.uid)).toEqual([
      uid('kosodate-hatarakikata-2026-12'),
      uid('kosodate-gr-2026-12'),
      uid('somu-gyomu-kaizen-2026-12'),
      uid('kiki-kanri-osm-2027-01'),
    ]);
  });

  it('has Japanese times as the right instants, the place and a link back', () => {
    expect(all.find((e) => e.uid === uid('kosodate-gr-2026-12'))).toEqual({
      uid: uid('kosodate-gr-2026-12'),
      summary: '【募集中】子育て支援ネットワーク会議での記録と進行',
      start: '2026-12-10T04:30:00.000Z',
      end: '2026-12-10T07:30:00.000Z',
      location: '西部子ども福祉事務所 大会議室（西部）',
      url: 'http://localhost:4321/requests/kosodate-gr-2026-12/',
      status: 'TENTATIVE',
    });
    expect(all.find((e) => e.uid === uid('kosodate-hatarakikata-2026-12'))).toMatchObject({
      start: '2026-12-03T01:00:00.000Z',
      end: '2026-12-03T03:00:00.000Z',
      status: 'CONFIRMED',
    });
  });

  it('links back under the base path', () => {
    expect(events(baseDist, 'calendar.ics').map((e) => e.url)).toContain(
      'http://localhost:4321/handbook/requests/kosodate-gr-2026-12/',
    );
  });
});

describe('calendars to subscribe to', () => {
  it('gives each facilitator the sessions they are sent to or host', () => {
    expect(events(dist, 'facilitators/nakajima-aya/calendar.ics').map((e) => [e.uid, e.start])).toEqual([
      [uid('kiki-bosai-kunren-2026-09'), '2026-09-15T04:30:00.000Z'],
      [uid('kosodate-hatarakikata-2026-12'), '2026-12-03T01:00:00.000Z'],
    ]);
    expect(events(dist, 'facilitators/sasaki-jun/calendar.ics').map((e) => e.uid)).toEqual([
      uid('kosodate-hatarakikata-2026-12'),
    ]);
    expect(events(dist, 'facilitators/dobashi-shota/calendar.ics')).toEqual([]);
  });

  it('gives each department the sessions of its requests, never a cancelled one', () => {
    expect(events(dist, 'departments/somu-kikaku/calendar.ics').map((e) => e.uid)).toEqual([
      uid('somu-wakate-osm-2026-10', 1),
      uid('somu-wakate-osm-2026-10', 2),
      uid('somu-gyomu-kaizen-2026-12'),
    ]);
    expect(events(dist, 'departments/kosodate-fukushi-nishi/calendar.ics')).toEqual([]);
  });

  it('are linked from profiles, department pages and the home page', () => {
    expect(hrefs(page(dist, '/facilitators/nakajima-aya/'))).toContain(
      '/facilitators/nakajima-aya/calendar.ics',
    );
    expect(hrefs(page(dist, '/departments/somu-kikaku/'))).toContain('/departments/somu-kikaku/calendar.ics');
    expect(hrefs(page(dist, '/'))).toContain('/calendar.ics');
  });

  it('never carry contact details', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ics'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files)
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/@pref\.sakura\.example|内線/);
  });
});

describe('"add to calendar" on each session', () => {
  it('links every session of a request to its own .ics with the same UID as the subscribed calendars', () => {
    const links = hrefs(page(dist, '/requests/somu-wakate-osm-2026-10/')).filter((href) =>
      href.endsWith('.ics'),
    );
    expect(links).toEqual([
      '/requests/somu-wakate-osm-2026-10/sessions/1.ics',
      '/requests/somu-wakate-osm-2026-10/sessions/2.ics',
    ]);
    expect(events(dist, 'requests/somu-wakate-osm-2026-10/sessions/2.ics')).toEqual([
      expect.objectContaining({
        uid: uid('somu-wakate-osm-2026-10', 2),
        start: '2026-11-05T06:00:00.000Z',
        end: '2026-11-05T08:00:00.000Z',
      }),
    ]);
  });

  it('offers no link for a cancelled request, whose file says it is cancelled', () => {
    expect(
      hrefs(page(dist, '/requests/nishi-kosodate-cafe-2026-12/')).filter((href) => href.endsWith('.ics')),
    ).toEqual([]);
    expect(events(dist, 'requests/nishi-kosodate-cafe-2026-12/sessions/1.ics')[0].status).toBe('CANCELLED');
  });

  it('keeps the base path in its links', () => {
    expect(hrefs(page(baseDist, '/requests/kosodate-gr-2026-12/'))).toContain(
      '/handbook/requests/kosodate-gr-2026-12/sessions/1.ics',
    );
  });
});
