import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyUrl, lastChange, parseGitLog, readGitHistory } from '../../src/source/git-history';

/** A throwaway repository in the temp folder with two commits on fixed days. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-git-'));
  const env = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1' };
  const git = (args: string[], date: string) => {
    const result = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
      cwd: root,
      env: {
        ...env,
        GIT_AUTHOR_DATE: `${date}T10:00:00+09:00`,
        GIT_COMMITTER_DATE: `${date}T10:00:00+09:00`,
      },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  mkdirSync(join(root, 'content/guides'), { recursive: true });
  writeFileSync(join(root, 'content/guides/a.mdx'), 'a');
  writeFileSync(join(root, 'content/guides/b.mdx'), 'b');
  writeFileSync(join(root, 'README.md'), 'r');
  git(['init', '-q'], '2026-01-10');
  git(['add', '.'], '2026-01-10');
  git(['commit', '-q', '-m', 'first'], '2026-01-10');
  writeFileSync(join(root, 'content/guides/b.mdx'), 'b, changed');
  git(['commit', '-q', '-am', 'second'], '2026-03-05');
  return root;
}

describe('git history of a content folder', () => {
  it('gives each file its last commit, relative to the content folder', () => {
    const history = readGitHistory(join(repository(), 'content'));
    expect(history.prefix).toBe('content/');
    expect(Object.fromEntries(history.dates)).toEqual({
      'guides/a.mdx': '2026-01-10',
      'guides/b.mdx': '2026-03-05',
    });
  });

  it('is empty outside git, so a build from a tarball falls back to the dates in content', () => {
    const history = readGitHistory(mkdtempSync(join(tmpdir(), 'handbook-no-git-')));
    expect(history.dates.size).toBe(0);
    expect(lastChange(history, 'guides/a.mdx', '2025-04-01')).toEqual({
      date: '2025-04-01',
      from: 'content',
    });
    expect(lastChange(history, 'facilitators/x.mdx')).toBeUndefined();
  });

  it('parses the log newest first', () => {
    const log = '\x002026-03-05\n\nguides/b.mdx\n\x002026-01-10\n\nguides/a.mdx\nguides/b.mdx\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['guides/b.mdx', '2026-03-05'],
        ['guides/a.mdx', '2026-01-10'],
      ]),
    );
    expect(lastChange({ dates: parseGitLog(log), prefix: '' }, 'guides/a.mdx', '2025-01-01')).toEqual({
      date: '2026-01-10',
      from: 'git',
    });
  });

  it('links to the history page of the repository host', () => {
    const history = {
      dates: new Map([
        ['guides/a.mdx', '2026-01-10'],
        ['departments.yaml', '2026-03-05'],
      ]),
      prefix: 'content/',
    };
    expect(
      historyUrl({ url: 'https://github.com/pref/handbook', branch: 'main' }, history, 'guides/a.mdx'),
    ).toBe('https://github.com/pref/handbook/commits/main/content/guides/a.mdx');
    expect(
      historyUrl(
        { url: 'https://gitlab.pref.example/net/handbook/', branch: 'release' },
        history,
        'departments.yaml',
      ),
    ).toBe('https://gitlab.pref.example/net/handbook/-/commits/release/content/departments.yaml');
  });

  it('links nowhere without a repository, nor for a file git has no commit of (a copy outside git)', () => {
    const repo = { url: 'https://github.com/pref/handbook', branch: 'main' };
    const outsideGit = readGitHistory(mkdtempSync(join(tmpdir(), 'handbook-no-git-')));
    expect(historyUrl(repo, outsideGit, 'guides/a.mdx')).toBeUndefined();
    const inGit = readGitHistory(join(repository(), 'content'));
    expect(historyUrl(undefined, inGit, 'guides/a.mdx')).toBeUndefined();
    expect(historyUrl(repo, inGit, 'guides/a.mdx')).toBe(
      'https://github.com/pref/handbook/commits/main/content/guides/a.mdx',
    );
  });
});
