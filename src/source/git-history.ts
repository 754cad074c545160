import { spawnSync } from 'node:child_process';
import { isIsoDate, type IsoDate } from '../domain/dates';

/** When each file of a content folder was last committed, read from git once per build. */
export interface GitHistory {
  /** Last commit date per path relative to the content folder, e.g. `guides/junbi.mdx`. */
  dates: Map<string, IsoDate>;
  /** Where the content folder sits in its repository, e.g. `content/`; empty at the root. */
  prefix: string;
}

/** A content folder outside git (a tarball, a copy): no dates, every page falls back to its own. */
const NO_HISTORY: GitHistory = { dates: new Map(), prefix: '' };

function git(dir: string, args: string[]): string | undefined {
  const result = spawnSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  return result.status === 0 ? result.stdout : undefined;
}

/**
 * One `git log` over the whole folder, newest commit first, so the first date seen for a file is
 * its last change: one process for thousands of files instead of one per file.
 */
export function readGitHistory(contentDir: string): GitHistory {
  const prefix = git(contentDir, ['rev-parse', '--show-prefix']);
  if (prefix === undefined) return NO_HISTORY;
  const log = git(contentDir, [
    'log',
    '--format=%x00%cs',
    '--name-only',
    '--relative',
    '--no-renames',
    '--',
    '.',
  ]);
  if (log === undefined) return NO_HISTORY;
  return { dates: parseGitLog(log), prefix: prefix.trim() };
}

/** Parses `git log --format=%x00%cs --name-only`: a NUL, the date, then the files of that commit. */
export function parseGitLog(log: string): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const commit of log.split('\0')) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    if (!date || !isIsoDate(date)) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

export interface LastChange {
  date: IsoDate;
  /** `git` when the date is the file's last commit, `content` when it is the entry's own date. */
  from: 'git' | 'content';
}

/** The file's last commit, else the date the entry gives itself (updated, date, requested). */
export function lastChange(history: GitHistory, file: string, fallback?: IsoDate): LastChange | undefined {
  const committed = history.dates.get(file);
  if (committed) return { date: committed, from: 'git' };
  return fallback ? { date: fallback, from: 'content' } : undefined;
}

/**
 * A file's list of commits on a branch, on the repository's web host (GitLab puts its views under
 * `/-/`): none without a repository, nor for a file git has no commit of (a build from a copy
 * outside git has no history to link to).
 */
export function historyUrl(
  repo: { url: string; branch: string } | undefined,
  history: GitHistory,
  file: string,
): string | undefined {
  if (!repo || !history.dates.has(file)) return undefined;
  const path = `${history.prefix}${file}`.split('/').map(encodeURIComponent).join('/');
  const commits = /gitlab/i.test(new URL(repo.url).hostname) ? '-/commits' : 'commits';
  return `${repo.url.replace(/\/+$/, '')}/${commits}/${encodeURIComponent(repo.branch)}/${path}`;
}
