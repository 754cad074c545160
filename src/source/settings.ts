import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { isIsoDate, tokyoDate, type IsoDate } from '../domain/dates';

/**
 * The settings of a build: the `HANDBOOK_*` environment variables, read here and nowhere else,
 * validated, and handed to the build script, astro.config.mjs, the pages and the scripts as one
 * typed object. The README's settings table is tested against this schema.
 */
export interface HandbookSettings {
  /** The content folder (absolute). */
  contentDir: string;
  /** Files that materials link to, copied into the site (absolute). */
  publicDir: string;
  /** The build's "today". */
  today: IsoDate;
  /** The site's absolute address, e.g. `https://intra.pref.example`. */
  site: string;
  /** The path the site is served under, always ending in `/`. */
  base: string;
  /** Where `npm run build` puts the finished site (absolute). */
  distDir: string;
  /** The web address of the content's git repository, without a trailing slash. */
  repo?: string;
  /** The branch that "edit this page" links open. */
  repoBranch: string;
  /** The content cache of `npm run build` (absolute). */
  cacheDir: string;
  /** The training center's mail address, for the forms' mailto: links. */
  contact?: string;
}

/** How the README and the error messages describe a variable. */
export type SettingDoc = {
  /** What it is, in a few words (the README's meaning column says more). */
  description: string;
  /** The default, written as the README's table writes it. */
  default: string;
  /** What a value must look like, for the error message. */
  expected: { ja: string; en: string };
  /** Whether the value changes what pages say, so that a rebuild renders every page when it changes. */
  pages: boolean;
};

/** An empty variable counts as unset: CI often passes `VAR: ${{ vars.VAR }}` when nothing is set. */
const unsetIfBlank = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

function setting<T extends z.ZodType>(schema: T, doc: SettingDoc) {
  return z.preprocess(unsetIfBlank, schema.optional()).meta(doc);
}

const webAddress = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol));
const folder = z.string().trim();

export const settingsSchema = z.object({
  HANDBOOK_CONTENT: setting(folder, {
    description: 'the content folder',
    default: '`content`',
    expected: { ja: 'フォルダのパス', en: 'a folder path' },
    pages: false,
  }),
  HANDBOOK_PUBLIC: setting(folder, {
    description: 'files that materials link to, copied into the site',
    default: '`public` beside the content folder',
    expected: { ja: 'フォルダのパス', en: 'a folder path' },
    pages: false,
  }),
  HANDBOOK_TODAY: setting(z.string().trim().refine(isIsoDate), {
    description: 'the build\'s "today"',
    default: 'today in Japan',
    expected: {
      ja: 'YYYY-MM-DD と書いた実在する日付（例: 2026-12-01）',
      en: 'a real date written YYYY-MM-DD, e.g. 2026-12-01',
    },
    pages: true,
  }),
  HANDBOOK_SITE: setting(webAddress, {
    description: "the site's absolute address on the intranet",
    default: '`http://localhost:4321`',
    expected: {
      ja: 'http:// か https:// で始まるアドレス（例: https://intra.pref.example）',
      en: 'an http:// or https:// address, e.g. https://intra.pref.example',
    },
    pages: true,
  }),
  HANDBOOK_BASE: setting(
    z
      .string()
      .trim()
      .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/)
      .refine((path) => !path.split('/').some((part) => part === '.' || part === '..')),
    {
      description: 'the path the handbook is served under',
      default: '`/`',
      expected: {
        ja: '/ で始まり、英数字と . _ ~ - だけのパス（例: /handbook/）',
        en: 'a path starting with / of letters, digits and . _ ~ -, e.g. /handbook/',
      },
      pages: true,
    },
  ),
  HANDBOOK_DIST: setting(folder, {
    description: 'where npm run build puts the finished site',
    default: '`dist`',
    expected: { ja: 'フォルダのパス', en: 'a folder path' },
    pages: false,
  }),
  HANDBOOK_REPO: setting(webAddress, {
    description: "the web address of the content's git repository",
    default: 'none',
    expected: {
      ja: 'http:// か https:// で始まるリポジトリのアドレス（例: https://github.com/pref/handbook）',
      en: 'an http:// or https:// address, e.g. https://github.com/pref/handbook',
    },
    pages: true,
  }),
  HANDBOOK_REPO_BRANCH: setting(
    z
      .string()
      .trim()
      .regex(/^[^\s~^:?*[\\]+$/)
      .refine((branch) => !branch.includes('..')),
    {
      description: 'the branch the edit links open',
      default: '`main`',
      expected: { ja: 'git のブランチ名（例: main）', en: 'a git branch name, e.g. main' },
      pages: true,
    },
  ),
  HANDBOOK_CACHE: setting(folder, {
    description: 'the content cache of npm run build',
    default: '`.dist-cache-<dist>/` beside the dist folder',
    expected: { ja: 'フォルダのパス', en: 'a folder path' },
    pages: false,
  }),
  HANDBOOK_CONTACT: setting(z.email(), {
    description: "the training center's mail address, for the forms' mailto: links",
    default: 'none',
    expected: {
      ja: 'メールアドレス（例: kenshu@pref.example.lg.jp）',
      en: 'a mail address, e.g. kenshu@pref.example.lg.jp',
    },
    pages: true,
  }),
});

export type SettingName = keyof typeof settingsSchema.shape;
export const SETTING_NAMES = Object.keys(settingsSchema.shape) as SettingName[];

/** The documentation of a variable, from the schema's metadata. */
export function settingDoc(name: SettingName): SettingDoc {
  return settingsSchema.shape[name].meta() as unknown as SettingDoc;
}

/** Bad settings: one message per variable, in Japanese and English, naming it and what it takes. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`設定に誤りがあります（invalid settings）:\n${problems.join('\n')}`);
    this.name = 'SettingsError';
  }
}

function problemWith(name: SettingName, value: string | undefined): string {
  const { expected } = settingDoc(name);
  const shown = JSON.stringify(value ?? '');
  return (
    `- ${name} の値 ${shown} は使えません。${expected.ja}を指定してください。\n` +
    `  ${name}: ${shown} is not valid: expected ${expected.en}.`
  );
}

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Folders the build replaces must not hold what it reads: renaming them would move the content away. */
function checkFolders(settings: HandbookSettings, cwd: string): string[] {
  const problems: string[] = [];
  for (const [name, folder] of [
    ['HANDBOOK_DIST', settings.distDir],
    ['HANDBOOK_CACHE', settings.cacheDir],
  ] as const) {
    const holds = [
      ['the content folder', 'コンテンツのフォルダ', settings.contentDir],
      ['the public folder', 'public のフォルダ', settings.publicDir],
      ['the working folder', '作業中のフォルダ', cwd],
    ].find(([, , path]) => inside(folder, path));
    if (holds)
      problems.push(
        `- ${name} (${folder}) が${holds[1]}を含んでいます。別のフォルダを指定してください。\n` +
          `  ${name}: ${folder} holds ${holds[0]} (${holds[2]}): expected a folder of its own.`,
      );
  }
  if (settings.distDir === settings.cacheDir)
    problems.push(
      '- HANDBOOK_CACHE と HANDBOOK_DIST が同じフォルダです。別々にしてください。\n' +
        '  HANDBOOK_CACHE: the same folder as HANDBOOK_DIST: expected a folder of its own.',
    );
  return problems;
}

/**
 * Reads and validates the settings. Throws a SettingsError naming each bad variable; relative
 * folders are resolved against `cwd`. Called without arguments, reads the process's own
 * environment once.
 */
export function readSettings(
  env?: Record<string, string | undefined>,
  cwd = process.cwd(),
): HandbookSettings {
  if (env === undefined) return (processSettings ??= readSettings(process.env, cwd));
  const raw = Object.fromEntries(SETTING_NAMES.map((name) => [name, env[name]]));
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as SettingName))];
    throw new SettingsError(names.map((name) => problemWith(name, env[name])));
  }
  const v = parsed.data;
  const contentDir = resolve(cwd, v.HANDBOOK_CONTENT ?? 'content');
  const distDir = resolve(cwd, v.HANDBOOK_DIST ?? 'dist');
  const settings: HandbookSettings = {
    contentDir,
    publicDir: v.HANDBOOK_PUBLIC ? resolve(cwd, v.HANDBOOK_PUBLIC) : resolve(contentDir, '..', 'public'),
    today: v.HANDBOOK_TODAY ?? tokyoDate(new Date()),
    site: v.HANDBOOK_SITE ?? 'http://localhost:4321',
    base: (v.HANDBOOK_BASE ?? '/').replace(/\/?$/, '/'),
    distDir,
    repoBranch: v.HANDBOOK_REPO_BRANCH ?? 'main',
    cacheDir: v.HANDBOOK_CACHE
      ? resolve(cwd, v.HANDBOOK_CACHE)
      : join(dirname(distDir), `.dist-cache-${basename(distDir)}`),
    ...(v.HANDBOOK_REPO && { repo: v.HANDBOOK_REPO.replace(/\/+$/, '') }),
    ...(v.HANDBOOK_CONTACT && { contact: v.HANDBOOK_CONTACT }),
  };
  const problems = checkFolders(settings, cwd);
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

let processSettings: HandbookSettings | undefined;

/**
 * The variables that give these settings, folders absolute: a process started with them (Astro,
 * run by scripts/build.ts in a folder of its own) reads the same settings.
 */
export function settingsEnvironment(settings: HandbookSettings): Record<SettingName, string> {
  return {
    HANDBOOK_CONTENT: settings.contentDir,
    HANDBOOK_PUBLIC: settings.publicDir,
    HANDBOOK_TODAY: settings.today,
    HANDBOOK_SITE: settings.site,
    HANDBOOK_BASE: settings.base,
    HANDBOOK_DIST: settings.distDir,
    HANDBOOK_REPO: settings.repo ?? '',
    HANDBOOK_REPO_BRANCH: settings.repoBranch,
    HANDBOOK_CACHE: settings.cacheDir,
    HANDBOOK_CONTACT: settings.contact ?? '',
  };
}

/** The settings that change what pages say, as `NAME=value` lines: part of every page's digest. */
export function pageSettings(settings: HandbookSettings): string {
  const env = settingsEnvironment(settings);
  return SETTING_NAMES.filter((name) => settingDoc(name).pages)
    .map((name) => `${name}=${env[name]}\n`)
    .join('');
}

/** Variables people do not set: scripts/build.ts names its build plan to Astro with it. */
export const INTERNAL_VARIABLES = ['HANDBOOK_BUILD_PLAN'];

/**
 * What a build should tell before it starts: a `HANDBOOK_*` variable that no setting has (a typo
 * would otherwise pass silently), and, for a build to publish, a site address on this machine.
 */
export function settingsWarnings(
  env: Record<string, string | undefined>,
  settings: HandbookSettings,
  options: { production: boolean },
): string[] {
  const warnings: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith('HANDBOOK_') || SETTING_NAMES.includes(name as SettingName)) continue;
    if (INTERNAL_VARIABLES.includes(name)) continue;
    const near = closest(name, SETTING_NAMES);
    const hint = distance(name, near) <= 3;
    warnings.push(
      `警告: ${name} という設定はありません${hint ? `（もしかして: ${near}）` : ''}。\n` +
        `  ${name} is not a setting of the handbook${hint ? ` (did you mean ${near}?)` : ''}.`,
    );
  }
  if (options.production && isLocal(settings.site)) {
    const unset = unsetIfBlank(env.HANDBOOK_SITE) === undefined;
    warnings.push(
      `警告: ${unset ? 'HANDBOOK_SITE が設定されていません。' : ''}サイトのアドレスが ${settings.site} なので、` +
        'カレンダー・フィード・印刷用の派遣案内のリンクはこのコンピューターを指し、ほかの人には開けません。' +
        '公開するビルドでは HANDBOOK_SITE にイントラネットのアドレスを指定してください（例: https://intra.pref.example）。\n' +
        `  ${unset ? 'HANDBOOK_SITE is not set: ' : ''}links in calendars, the feed and printed briefs point to ${settings.site}.` +
        ' Set HANDBOOK_SITE to the intranet address for a build you publish.',
    );
  }
  return warnings;
}

/** An address only this machine can open. */
function isLocal(site: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(site).hostname);
}
