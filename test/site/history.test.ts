import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE, FORM_SETTINGS } from '../support/build-site';
import { page } from '../support/html';

function lastChanged(dist: string, url: string) {
  const line = page(dist, url).querySelector('.last-changed');
  return (
    line && {
      from: line.getAttribute('data-from'),
      date: line.querySelector('time')?.getAttribute('datetime'),
      history: line.querySelector('a')?.getAttribute('href'),
    }
  );
}

/** The date of a fixture file's last commit, read as the site reads it. */
const committed = (file: string) =>
  // --full-history, as the site reads it: a change undone on a merged branch still counts.
  spawnSync('git', ['log', '-1', '--full-history', '--format=%cs', '--', file], {
    cwd: FIXTURE,
    encoding: 'utf8',
  }).stdout.trim();

// The fixture under /handbook/ is built in this project's repository with the repository of
// FORM_SETTINGS; the one at the root from a copy outside git, without one (global setup).
describe('last changed, from git, with a repository (HANDBOOK_REPO)', () => {
  const dist = inject('fixtureBaseDist');
  const history = (file: string) =>
    `${FORM_SETTINGS.HANDBOOK_REPO}/commits/main/test/fixtures/handbook/${file}`;

  it("shows the date of the file's last commit on entry pages that have no date of their own, and links to its history", () => {
    for (const [url, file] of [
      ['/facilitators/aoki-miho/', 'content/facilitators/aoki-miho.mdx'],
      ['/reports/jinzai-open-space-2026/', 'content/reports/jinzai-open-space-2026.md'],
      ['/reports/wakate-osm-2026/', 'content/reports/wakate-osm-2026.mdx'],
      ['/requests/kosodate-gr-2026-12/', 'content/requests/kosodate-gr-2026-12.mdx'],
      ['/courses/taiwa-kiso/', 'content/courses/taiwa-kiso.mdx'],
      ['/departments/nosei/', 'content/departments.yaml'],
      ['/methods/osm/', 'content/methods.yaml'],
    ]) {
      expect(lastChanged(dist, url), url).toEqual({
        from: 'git',
        date: committed(file),
        history: history(file),
      });
    }
  });

  it('shows one date on guides and materials: the updated date their author gives them', () => {
    for (const [url, updated, file] of [
      ['/guides/osm-junbi/', '2026-05-20', 'content/guides/osm-junbi.mdx'],
      ['/materials/taiwa-kiso-day1/', '2026-05-01', 'content/materials/taiwa-kiso-day1.mdx'],
    ]) {
      const html = page(dist, url);
      // A guide keeps its own date, and links to its history all the same.
      expect(lastChanged(dist, url), url).toEqual({ from: 'content', date: updated, history: history(file) });
      expect(html.querySelectorAll('main time').map((time) => time.getAttribute('datetime'))).toEqual([
        updated,
      ]);
    }
  });

  it('dates the feed by the commit too: midnight of that day in Japan', () => {
    const report = 'content/reports/wakate-osm-2026.mdx';
    const midnight = new Date(`${committed(report)}T00:00:00+09:00`).toUTCString();
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toMatch(
      new RegExp(`wakate-osm-2026/</guid><description>[^<]*</description><pubDate>${midnight}</pubDate>`),
    );
  });
});

// Outside git there is no history to link to, even with a repository set: test/unit/git-history.test.ts.
describe('a build from a copy outside git', () => {
  const plain = inject('fixtureDist');

  it('still builds, and falls back to the date each entry gives itself', () => {
    expect(lastChanged(plain, '/guides/osm-junbi/')).toEqual({
      from: 'content',
      date: '2026-05-20',
      history: undefined,
    });
    expect(lastChanged(plain, '/reports/wakate-osm-2026/')).toEqual({
      from: 'content',
      date: '2026-11-05',
      history: undefined,
    });
    expect(lastChanged(plain, '/requests/kosodate-gr-2026-12/')).toEqual({
      from: 'content',
      date: '2026-11-02',
      history: undefined,
    });
    expect(lastChanged(plain, '/materials/taiwa-kiso-day1/')?.from).toBe('content');
    expect(lastChanged(plain, '/facilitators/aoki-miho/')).toBeNull();
  });

  it('dates the feed by the same fallback', () => {
    expect(readFileSync(join(plain, 'feed.xml'), 'utf8')).toContain(
      '<link>http://localhost:4321/reports/wakate-osm-2026/</link><guid isPermaLink="true">http://localhost:4321/reports/wakate-osm-2026/</guid>',
    );
    expect(readFileSync(join(plain, 'feed.xml'), 'utf8')).toMatch(
      /wakate-osm-2026\/<\/guid><description>[^<]*<\/description><pubDate>Wed, 04 Nov 2026 15:00:00 GMT<\/pubDate>/,
    );
  });
});
