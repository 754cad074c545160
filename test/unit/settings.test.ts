import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pageSettings,
  readSettings,
  settingDoc,
  settingsEnvironment,
  SettingsError,
  settingsWarnings,
  SETTING_NAMES,
} from '../../src/source/settings';

const CWD = '/work/handbook';

/** The message a bad environment gives, or undefined when it is accepted. */
function errorOf(env: Record<string, string>): string | undefined {
  try {
    readSettings(env, CWD);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
}

describe('readSettings', () => {
  it('gives every default, folders resolved against the working folder', () => {
    const settings = readSettings({}, CWD);
    expect(settings).toMatchObject({
      contentDir: '/work/handbook/content',
      publicDir: '/work/handbook/public',
      site: 'http://localhost:4321',
      base: '/',
      distDir: '/work/handbook/dist',
      repoBranch: 'main',
      cacheDir: '/work/handbook/.dist-cache-dist',
    });
    expect(settings.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(settings.repo).toBeUndefined();
    expect(settings.contact).toBeUndefined();
  });

  it('reads each variable, and an empty one counts as unset', () => {
    const settings = readSettings(
      {
        HANDBOOK_CONTENT: '../other/content',
        HANDBOOK_TODAY: '2026-12-01',
        HANDBOOK_SITE: 'https://intra.pref.example',
        HANDBOOK_BASE: '/handbook',
        HANDBOOK_DIST: 'out/site',
        HANDBOOK_REPO: 'https://github.com/pref/handbook/',
        HANDBOOK_REPO_BRANCH: ' ',
        HANDBOOK_CONTACT: 'kenshu@pref.example.lg.jp',
      },
      CWD,
    );
    expect(settings).toMatchObject({
      contentDir: '/work/other/content',
      publicDir: '/work/other/public',
      today: '2026-12-01',
      site: 'https://intra.pref.example',
      base: '/handbook/',
      distDir: '/work/handbook/out/site',
      cacheDir: '/work/handbook/out/.dist-cache-site',
      repo: 'https://github.com/pref/handbook',
      repoBranch: 'main',
      contact: 'kenshu@pref.example.lg.jp',
    });
  });

  it.each([
    ['HANDBOOK_TODAY', '2026-13-01', 'YYYY-MM-DD'],
    ['HANDBOOK_TODAY', '1 December', 'YYYY-MM-DD'],
    ['HANDBOOK_BASE', 'handbook/', '/ で始まり'],
    ['HANDBOOK_BASE', '/a/../b/', '/ で始まり'],
    ['HANDBOOK_SITE', 'intra.pref.example', 'http:// か https://'],
    ['HANDBOOK_SITE', 'ftp://intra.pref.example', 'http:// か https://'],
    ['HANDBOOK_REPO', 'github.com/pref/handbook', 'http:// か https://'],
    ['HANDBOOK_REPO_BRANCH', 'my branch', 'ブランチ名'],
    ['HANDBOOK_CONTACT', 'kenshu at pref', 'メールアドレス'],
  ])(
    'refuses %s=%s, naming the variable and what it takes, in Japanese and English',
    (name, value, expected) => {
      const message = errorOf({ [name]: value });
      expect(message).toContain(`${name} の値 ${JSON.stringify(value)} は使えません`);
      expect(message).toContain(expected);
      expect(message).toContain(`${name}: ${JSON.stringify(value)} is not valid: expected`);
    },
  );

  it('names every bad variable at once', () => {
    const message = errorOf({ HANDBOOK_TODAY: 'today', HANDBOOK_BASE: 'x' });
    expect(message).toContain('HANDBOOK_TODAY の値');
    expect(message).toContain('HANDBOOK_BASE の値');
  });

  it('refuses a dist or cache folder that holds the content, which a build would move away', () => {
    expect(errorOf({ HANDBOOK_DIST: '.' })).toContain('HANDBOOK_DIST');
    expect(errorOf({ HANDBOOK_DIST: '/work', HANDBOOK_CONTENT: '/work/handbook/content' })).toContain(
      'コンテンツのフォルダを含んでいます',
    );
    expect(errorOf({ HANDBOOK_CACHE: 'content' })).toContain('HANDBOOK_CACHE');
    expect(errorOf({ HANDBOOK_CACHE: 'dist' })).toContain('同じフォルダ');
  });

  it('hands a process the same settings through the environment it is started with', () => {
    const settings = readSettings(
      { HANDBOOK_CONTENT: 'content', HANDBOOK_REPO: 'https://git.example/h', HANDBOOK_TODAY: '2026-04-01' },
      CWD,
    );
    expect(readSettings(settingsEnvironment(settings), '/elsewhere')).toEqual(settings);
  });

  it('digests only the settings that change what pages say', () => {
    const base = readSettings({ HANDBOOK_TODAY: '2026-04-01' }, CWD);
    const digestOf = (env: Record<string, string>) =>
      pageSettings(readSettings({ HANDBOOK_TODAY: '2026-04-01', ...env }, CWD));
    expect(digestOf({ HANDBOOK_DIST: 'elsewhere' })).toBe(pageSettings(base));
    for (const env of [
      { HANDBOOK_REPO: 'https://git.example/h' } as Record<string, string>,
      { HANDBOOK_CONTACT: 'a@pref.example' },
      { HANDBOOK_BASE: '/h/' },
    ])
      expect(digestOf(env)).not.toBe(pageSettings(base));
  });
});

describe('settingsWarnings', () => {
  const settings = (env: Record<string, string>) => readSettings(env, CWD);

  it('warns a build to publish that HANDBOOK_SITE is not set: links would point to this machine', () => {
    const [warning, ...more] = settingsWarnings({}, settings({}), { production: true });
    expect(more).toEqual([]);
    expect(warning).toContain('HANDBOOK_SITE が設定されていません');
    expect(warning).toContain('カレンダー・フィード・印刷用の派遣案内のリンク');
    expect(warning).toContain('HANDBOOK_SITE is not set');
    const local = { HANDBOOK_SITE: 'http://127.0.0.1:8080' };
    expect(settingsWarnings(local, settings(local), { production: true })[0]).toContain('127.0.0.1');
  });

  it('does not warn with the intranet address, nor for a build to look at on this machine', () => {
    const env = { HANDBOOK_SITE: 'https://intra.pref.example' };
    expect(settingsWarnings(env, settings(env), { production: true })).toEqual([]);
    expect(settingsWarnings({}, settings({}), { production: false })).toEqual([]);
  });

  it('warns of a HANDBOOK_ variable that is no setting, with the one it resembles', () => {
    const env = { HANDBOOK_TODY: '2026-12-01', HANDBOOK_BUILD_PLAN: '/tmp/plan.json', OTHER: 'x' };
    const warnings = settingsWarnings(env, settings(env), { production: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('HANDBOOK_TODY という設定はありません（もしかして: HANDBOOK_TODAY）');
  });
});

describe('the settings table of the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf('## Settings'),
    readme.indexOf('\n## ', readme.indexOf('## Settings') + 1),
  );
  const rows = section
    .split('\n')
    .filter((line) => /^\| `HANDBOOK_/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it('lists every setting of the schema, and only those', () => {
    expect(rows.map(([name]) => name.replaceAll('`', '')).sort()).toEqual([...SETTING_NAMES].sort());
  });

  it('gives each the default the schema documents, and a meaning', () => {
    for (const [name, fallback, meaning] of rows) {
      const doc = settingDoc(name.replaceAll('`', '') as (typeof SETTING_NAMES)[number]);
      expect(fallback, name).toBe(doc.default);
      expect(meaning, name).not.toBe('');
      expect(doc.description, name).not.toBe('');
    }
  });
});

describe('one place reads the settings', () => {
  it('no other code reads a HANDBOOK_ variable from the environment', () => {
    const files = ['src', 'scripts']
      .flatMap((folder) => readdirSync(folder, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(ts|mjs|js|astro)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .concat('astro.config.mjs');
    const readers = files.filter((file) =>
      /(process\.env|import\.meta\.env)(\.HANDBOOK_|\[['"`]HANDBOOK_)/.test(readFileSync(file, 'utf8')),
    );
    expect(readers.map((file) => relative('.', file))).toEqual([]);
  });
});
