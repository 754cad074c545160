import { resolve } from 'node:path';
import { tokyoDate, isIsoDate, type IsoDate } from '../domain/dates';

/**
 * Build settings from the environment, so that tests, staging and reproducible builds can
 * point the same site at their own content and date.
 */
export interface HandbookSettings {
  /** HANDBOOK_CONTENT: the content folder; default `content/`. */
  contentDir: string;
  /** HANDBOOK_PUBLIC: files that materials link to; default `public/` beside the content folder. */
  publicDir: string;
  /** HANDBOOK_TODAY: the build's "today" as YYYY-MM-DD; default the date in Japan now. */
  today: IsoDate;
  /** HANDBOOK_REPO: the web address of the content's git repository, e.g. `https://github.com/pref/handbook`; pages link there to their history, to editing them and to proposing new pages. */
  repo?: string;
  /** HANDBOOK_REPO_BRANCH: the branch that "edit this page" links open; default `main`. */
  repoBranch: string;
  /** HANDBOOK_CACHE: Astro's cache folder, which also keeps the rendered bodies; default `node_modules/.astro`. */
  cacheDir: string;
}

export function readSettings(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): HandbookSettings {
  const contentDir = resolve(cwd, env.HANDBOOK_CONTENT || 'content');
  const publicDir = resolve(
    env.HANDBOOK_PUBLIC ? resolve(cwd, env.HANDBOOK_PUBLIC) : resolve(contentDir, '..', 'public'),
  );
  const today = env.HANDBOOK_TODAY || tokyoDate(new Date());
  if (!isIsoDate(today)) throw new Error(`HANDBOOK_TODAY must be a date written YYYY-MM-DD, got "${today}"`);
  const repo = env.HANDBOOK_REPO?.trim().replace(/\/+$/, '') || undefined;
  const repoBranch = env.HANDBOOK_REPO_BRANCH?.trim() || 'main';
  const cacheDir = resolve(cwd, env.HANDBOOK_CACHE || 'node_modules/.astro');
  return { contentDir, publicDir, today, repoBranch, cacheDir, ...(repo && { repo }) };
}
