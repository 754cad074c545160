import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { startBuild, FIXTURE } from '../support/build-site';
import { page } from '../support/html';

const REPO = 'https://github.com/pref-sakura/handbook';

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

/** Runs git in a throwaway folder only, with fixed dates and no user configuration. */
function git(cwd: string, args: string[], date: string) {
  const stamp = `${date}T12:00:00+09:00`;
  const result = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_DATE: stamp,
      GIT_COMMITTER_DATE: stamp,
    },
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

describe('last changed, from git', () => {
  const dist = inject('fixtureDist');

  it("shows the date of the file's last commit on entry pages that have no date of their own", () => {
    const committed = (file: string) =>
      // --full-history, as the site reads it: a change undone on a merged branch still counts.
      spawnSync('git', ['log', '-1', '--full-history', '--format=%cs', '--', file], {
        cwd: FIXTURE,
        encoding: 'utf8',
      }).stdout.trim();
    for (const [url, file] of [
      ['/facilitators/aoki-miho/', 'content/facilitators/aoki-miho.mdx'],
      ['/reports/jinzai-open-space-2026/', 'content/reports/jinzai-open-space-2026.md'],
      ['/requests/kosodate-gr-2026-12/', 'content/requests/kosodate-gr-2026-12.mdx'],
      ['/courses/taiwa-kiso/', 'content/courses/taiwa-kiso.mdx'],
      ['/departments/nosei/', 'content/departments.yaml'],
      ['/methods/osm/', 'content/methods.yaml'],
    ]) {
      expect(lastChanged(dist, url), url).toEqual({ from: 'git', date: committed(file), history: undefined });
    }
  });

  it('shows one date on guides and materials: the updated date their author gives them', () => {
    for (const [url, updated] of [
      ['/guides/osm-junbi/', '2026-05-20'],
      ['/materials/taiwa-kiso-day1/', '2026-05-01'],
    ]) {
      const html = page(dist, url);
      expect(lastChanged(dist, url), url).toEqual({ from: 'content', date: updated, history: undefined });
      expect(html.querySelectorAll('main time').map((time) => time.getAttribute('datetime'))).toEqual([
        updated,
      ]);
    }
  });
});

describe('a build from a copy outside git', () => {
  const copy = join(mkdtempSync(join(tmpdir(), 'handbook-tarball-')), 'handbook');
  let plain: string;
  let committed: string;

  // Two copies, one of them committed to a repository of its own, built side by side.
  beforeAll(async () => {
    const repository = join(mkdtempSync(join(tmpdir(), 'handbook-committed-')), 'handbook');
    cpSync(FIXTURE, copy, { recursive: true });
    cpSync(FIXTURE, repository, { recursive: true });
    git(repository, ['init', '-q'], '2027-01-05');
    git(repository, ['add', '.'], '2027-01-05');
    git(repository, ['commit', '-q', '-m', 'import'], '2027-01-05');
    const options = (root: string) => ({
      content: join(root, 'content'),
      publicDir: join(root, 'public'),
      env: { HANDBOOK_REPO: REPO },
    });
    const [first, second] = await Promise.all([startBuild(options(copy)), startBuild(options(repository))]);
    if (first.status !== 0) throw new Error(first.output);
    if (second.status !== 0) throw new Error(second.output);
    plain = first.dist;
    committed = second.dist;
  });

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

  it('once committed, takes the commit date and links to the history on the repository host', () => {
    expect(lastChanged(committed, '/reports/wakate-osm-2026/')).toEqual({
      from: 'git',
      date: '2027-01-05',
      history: `${REPO}/commits/main/content/reports/wakate-osm-2026.mdx`,
    });
    // A guide keeps its own date, and links to its history all the same.
    expect(lastChanged(committed, '/guides/osm-junbi/')).toEqual({
      from: 'content',
      date: '2026-05-20',
      history: `${REPO}/commits/main/content/guides/osm-junbi.mdx`,
    });
    expect(lastChanged(committed, '/departments/nosei/')?.history).toBe(
      `${REPO}/commits/main/content/departments.yaml`,
    );
    expect(readFileSync(join(committed, 'feed.xml'), 'utf8')).toContain('Mon, 04 Jan 2027 15:00:00 GMT');
  });
});
