import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { hrefs, page, texts } from '../support/html';

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
      // A whole day is read as that day at midnight UTC, the same on every machine.
      start: event.startDate.isDate
        ? `${event.startDate.toString()}T00:00:00.000Z`
        : event.startDate.toJSDate().toISOString(),
      end: event.endDate.isDate
        ? `${event.endDate.toString()}T00:00:00.000Z`
        : event.endDate.toJSDate().toISOString(),
      ...(event.startDate.isDate && { allDay: true }),
      location: event.location,
      url: String(vevent.getFirstPropertyValue('url')),
      status: vevent.getFirstPropertyValue('status'),
    };
  });
}

const uid = (request: string, n = 1) => `request-${request}-${n}@handbook`;

describe('/calendar.ics', () => {
  const all = events(dist, 'calendar.ics');

  it('has every upcoming session of every request not cancelled, each with a stable UID, and the class days to come', () => {
    expect(all.map((e) => e.uid)).toEqual([
      'cohort-taiwa-kiso-2026-3-2026-11-25@handbook',
      uid('kosodate-hatarakikata-2026-12'),
      uid('kosodate-gr-2026-12'),
      uid('somu-gyomu-kaizen-2026-12'),
      'cohort-taiwa-kiso-2026-3-2026-12-16@handbook',
      uid('kiki-kanri-osm-2027-01'),
    ]);
  });

  it('has each class day a run lists as an all-day event', () => {
    expect(all.find((e) => e.uid === 'cohort-taiwa-kiso-2026-3-2026-12-16@handbook')).toEqual({
      uid: 'cohort-taiwa-kiso-2026-3-2026-12-16@handbook',
      summary: '対話の場づくり基礎講座 第3回（3日目）',
      start: '2026-12-16T00:00:00.000Z',
      end: '2026-12-17T00:00:00.000Z',
      allDay: true,
      location: 'さくら県職員人材育成センター 第2研修室',
      url: 'http://localhost:4321/courses/taiwa-kiso/#taiwa-kiso-2026-3',
      status: 'CONFIRMED',
    });
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

  it('gives a senior the class days of the runs they join', () => {
    expect(
      events(dist, 'facilitators/aoki-miho/calendar.ics')
        .filter((e) => e.uid.startsWith('cohort-taiwa-kiso-2026-3'))
        .map((e) => [e.summary, e.start]),
    ).toEqual([
      ['対話の場づくり基礎講座 第3回（1日目）', '2026-11-04T00:00:00.000Z'],
      ['対話の場づくり基礎講座 第3回（2日目）', '2026-11-25T00:00:00.000Z'],
      ['対話の場づくり基礎講座 第3回（3日目）', '2026-12-16T00:00:00.000Z'],
    ]);
  });

  it.each([
    ['/facilitators/nakajima-aya/', '/facilitators/nakajima-aya/calendar.ics', 'nakajima-aya-yotei.ics'],
    ['/departments/somu-kikaku/', '/departments/somu-kikaku/calendar.ics', 'somu-kikaku-kaisai-yotei.ics'],
    ['/', '/calendar.ics', 'sewanin-network-yotei.ics'],
  ])(
    '%s offers its calendar as a webcal:// link, an address to copy and a named download',
    (url, ics, fileName) => {
      const subscribe = page(dist, url).querySelector('.subscribe')!;
      expect(subscribe.querySelector('a.subscribe-webcal')!.getAttribute('href')).toBe(
        `webcal://localhost:4321${ics}`,
      );
      expect(subscribe.querySelector('input[readonly]')!.getAttribute('value')).toBe(
        `http://localhost:4321${ics}`,
      );
      const download = subscribe.querySelector('a[download]')!;
      expect([download.getAttribute('href'), download.getAttribute('download')]).toEqual([ics, fileName]);
      expect(texts(subscribe, '.subscribe-help li').map((line) => line.split(':')[0])).toEqual([
        'Outlook',
        'Google カレンダー',
      ]);
      expect(subscribe.getAttribute('data-pagefind-ignore')).toBe('all');
    },
  );

  it('keeps the base path in the webcal link and the address', () => {
    const subscribe = page(baseDist, '/facilitators/nakajima-aya/').querySelector('.subscribe')!;
    expect(subscribe.querySelector('a.subscribe-webcal')!.getAttribute('href')).toBe(
      'webcal://localhost:4321/handbook/facilitators/nakajima-aya/calendar.ics',
    );
  });

  it('end every line with CRLF', () => {
    for (const file of [
      'calendar.ics',
      'facilitators/aoki-miho/calendar.ics',
      'requests/kosodate-gr-2026-12/sessions/1.ics',
    ]) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text.endsWith('END:VCALENDAR\r\n'), file).toBe(true);
      expect(text.replace(/\r\n/g, ''), file).not.toMatch(/[\r\n]/);
    }
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
    // Saved under a name that says what it is, not 2.ics.
    expect(
      page(dist, '/requests/somu-wakate-osm-2026-10/')
        .querySelectorAll('a[download]')
        .map((a) => a.getAttribute('download')),
    ).toEqual(['somu-wakate-osm-2026-10-1.ics', 'somu-wakate-osm-2026-10-2.ics']);
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
