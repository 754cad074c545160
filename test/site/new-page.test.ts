import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freeId, idFromReading } from '../../scripts/lib/page-id';
import { loadHandbook } from '../../src/source/load-handbook';
import { startBuild, FIXTURE, FIXTURE_TODAY, runScript } from '../support/build-site';
import { page, texts } from '../support/html';

/** A fresh copy of the fixture handbook to write new pages into. */
function copyOfFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-new-'));
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

/** `npm run new -- …args` on a content folder, with answers piped to stdin. */
function runNew(root: string, args: string[], input = '') {
  const env = { HANDBOOK_CONTENT: join(root, 'content'), HANDBOOK_PUBLIC: join(root, 'public') };
  return runScript('scripts/new.ts', args, env, input);
}

const problemsOf = (root: string) =>
  loadHandbook({ contentDir: join(root, 'content'), publicDir: join(root, 'public'), today: FIXTURE_TODAY })
    .problems;

describe('ids from readings', () => {
  it('writes kana in romaji with long vowels shortened, as the handbook ids are', () => {
    expect(idFromReading('やまだ はなこ')).toBe('yamada-hanako');
    expect(idFromReading('ヤマダ　ハナコ')).toBe('yamada-hanako');
    expect(idFromReading('かとう しんいち')).toBe('kato-shinichi');
    expect(idFromReading('おおた なおみ')).toBe('ota-naomi');
    expect(idFromReading('ゆうき')).toBe('yuki');
    expect(idFromReading('いのうえ さゆり')).toBe('inoue-sayuri');
    expect(idFromReading('Somu Wakate OSM 2026')).toBe('somu-wakate-osm-2026');
  });

  it('numbers an id that is taken', () => {
    const taken = new Set(['yamada-hanako', 'yamada-hanako-2']);
    expect(freeId('yamada-hanako', (id) => taken.has(id))).toBe('yamada-hanako-3');
    expect(freeId('sato-ken', (id) => taken.has(id))).toBe('sato-ken');
  });
});

describe('npm run new with flags', () => {
  let root: string;
  beforeAll(() => {
    root = copyOfFixture();
  });

  it('writes every kind of page as a file the check accepts', async () => {
    const runs = [
      [
        'profile',
        '--name',
        '山田 花子',
        '--kana',
        'ヤマダ ハナコ',
        '--department',
        'somu-kikaku',
        '--available',
        'はい',
        '--methods',
        'osm,2',
        '--extension',
        '0123',
      ],
      [
        'request',
        '--title',
        '若手の対話の場',
        '--department',
        'somu-kikaku',
        '--host',
        'aoki-miho',
        '--date',
        '2026/12/1',
        '--start',
        '9:30',
        '--end',
        '11:30',
        '--place',
        '本館 第5会議室',
        '--participants',
        '12',
      ],
      [
        'report',
        '--request',
        'somu-wakate-osm-2026-10',
        '--participants',
        '11',
        '--id',
        'wakate-osm-2026-dai2kai',
      ],
      [
        'guide',
        '--title',
        'ふりかえりの問い',
        '--summary',
        '終わったあとに何を聞くか',
        '--category',
        'reflection',
        '--authors',
        'ito-kenji',
        '--id',
        'ふりかえり の とい',
      ],
      [
        'material',
        '--course',
        'gr-nyumon',
        '--title',
        '1日目 スライド',
        '--kind',
        'slides',
        '--session',
        '1',
      ],
    ];
    // Side by side: each is a process of its own, writing a file of its own.
    for (const result of await Promise.all(runs.map((args) => runNew(root, args))))
      expect(result.status, result.output).toBe(0);
    expect(problemsOf(root)).toEqual([]);
    const { handbook } = loadHandbook({
      contentDir: join(root, 'content'),
      publicDir: join(root, 'public'),
      today: FIXTURE_TODAY,
    });
    expect(handbook.facilitators.find((f) => f.id === 'yamada-hanako')).toMatchObject({
      kana: 'やまだ はなこ',
      methods: ['osm', 'world-cafe'],
      contact: { extension: '0123' },
      dispatch: { available: true, maxPerQuarter: 2 },
    });
    // The host belongs to the requesting organisation (a host of another one is a warning).
    expect(handbook.requests.find((r) => r.id === 'somu-kikaku-2026-12')).toMatchObject({
      status: 'open',
      requested: FIXTURE_TODAY,
      sessions: [{ date: '2026-12-01', start: '09:30', end: '11:30' }],
      needed: 1,
      approval: 'pending',
    });
    // A report on a request takes its department, last date, facilitators and methods from it.
    expect(handbook.reports.find((r) => r.id === 'wakate-osm-2026-dai2kai')).toMatchObject({
      request: 'somu-wakate-osm-2026-10',
      department: 'somu-kikaku',
      date: '2026-11-05',
      facilitators: ['ito-kenji', 'wakamatsu-nao'],
      methods: ['osm'],
    });
    expect(handbook.guides.find((g) => g.id === 'furikaeri-no-toi')).toMatchObject({
      category: 'reflection',
      authors: ['ito-kenji'],
      updated: FIXTURE_TODAY,
    });
    expect(handbook.materials.find((m) => m.id === 'gr-nyumon-day1-slides')).toMatchObject({
      course: 'gr-nyumon',
      session: 1,
      files: [],
    });
  });

  it('gives a second person of the same reading the next free id', async () => {
    const result = await runNew(root, [
      'profile',
      '--name',
      '山田 花子',
      '--kana',
      'やまだ はなこ',
      '--department',
      'nosei',
      '--available',
      'いいえ',
    ]);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('facilitators/yamada-hanako-2.mdx');
  });

  it('refuses a wrong answer, a flag of another kind and a missing answer, writing nothing', async () => {
    const [wrong, foreign, missing] = await Promise.all([
      runNew(root, [
        'profile',
        '--name',
        '佐藤 一郎',
        '--kana',
        'さとう いちろう',
        '--department',
        'somu',
        '--available',
        'はい',
      ]),
      runNew(root, ['profile', '--summary', '要約', '--name', '佐藤 一郎']),
      runNew(root, ['profile', '--name', '佐藤 一郎', '--department', 'nosei', '--available', 'はい']),
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('--department: 「somu」は選べません（もしかして: somu-kikaku）');
    expect(foreign.output).toContain('--summary は profile（世話人プロフィール）では使えません');
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('--kana で渡してください');
    expect(existsSync(join(root, 'content/facilitators/sato-ichiro.mdx'))).toBe(false);
  });
});

describe('npm run new, answering questions', () => {
  it('asks in Japanese with the choices from the content, asks again after a wrong answer, and writes a valid page', async () => {
    const root = copyOfFixture();
    const answers = [
      '1',
      '佐藤 一郎',
      'さとう いちろう',
      '総務',
      '7',
      '人事課',
      '',
      '',
      '1, kj-method',
      'たぶん',
      'はい',
      '',
      '',
      '',
    ]
      .map((answer) => `${answer}\n`)
      .join('');
    const result = await runNew(root, [], answers);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('何を作りますか');
    expect(result.output).toMatch(/7\) nosei\s+農政部/);
    expect(result.output).toContain('「総務」は選べません');
    expect(result.output).toContain('「はい」か「いいえ」で答えてください');
    const text = readFileSync(join(root, 'content/facilitators/sato-ichiro.mdx'), 'utf8');
    expect(text).toContain('department: nosei\nunit: 人事課\n');
    expect(text).toContain('methods: [osm, kj-method]');
    expect(problemsOf(root)).toEqual([]);
  });
});

/**
 * A page written by `npm run new`, then built with the repository's links: started as the file
 * loads, so that the build runs while the tests above run their scripts.
 */
const builtNewPage = (async () => {
  const root = copyOfFixture();
  const created = await runNew(root, [
    'guide',
    '--title',
    '<script>alert("x")</script>の話',
    '--summary',
    '{1+1} と <b>太字</b>',
    '--category',
    'system',
    '--id',
    'anzen',
  ]);
  if (created.status !== 0) return { created, built: undefined };
  const file = join(root, 'content/guides/anzen.mdx');
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}\n<Note>\n\n補足の本文 {'{'}A{'}'}\n\n</Note>\n\n<Caution title="締め切り">\n\n前日まで\n\n</Caution>\n`,
  );
  const built = await startBuild({
    content: join(root, 'content'),
    publicDir: join(root, 'public'),
    env: { HANDBOOK_REPO: 'https://git.example/org/handbook/', HANDBOOK_REPO_BRANCH: 'draft' },
  });
  return { created, built };
})();

describe('a new page on the built site', () => {
  let dist: string;
  beforeAll(async () => {
    const { created, built } = await builtNewPage;
    expect(created.status, created.output).toBe(0);
    expect(built?.status, built?.output).toBe(0);
    dist = built!.dist;
  });

  it('shows text from the frontmatter as text, never as markup', () => {
    const html = page(dist, '/guides/anzen/');
    expect(texts(html, 'h1')).toEqual(['<script>alert("x")</script>の話']);
    expect(texts(html, 'title')[0]).toContain('<script>alert("x")</script>の話');
    expect(texts(html, '.lead')).toEqual(['{1+1} と <b>太字</b>']);
    expect(html.querySelectorAll('script').filter((script) => script.text.includes('alert'))).toEqual([]);
    expect(html.querySelectorAll('main b')).toEqual([]);
  });

  it('renders the components and hides the template comment', () => {
    const html = page(dist, '/guides/anzen/');
    const prose = html.querySelector('.prose')!;
    expect(prose.querySelectorAll('aside.notice').map((aside) => aside.classList.contains('warn'))).toEqual([
      false,
      true,
    ]);
    expect(texts(prose, 'aside .notice-title')).toEqual(['補足', '締め切り']);
    expect(prose.text).toContain('補足の本文 {A}');
    expect(prose.text).not.toContain('書くこと');
    expect(prose.querySelectorAll('note, caution')).toEqual([]);
  });

  it('links every page to editing its file and proposing a new one', () => {
    const links = (url: string) =>
      Object.fromEntries(
        page(dist, url)
          .querySelectorAll('[data-repository-link]')
          .map((a) => [a.getAttribute('data-repository-link'), a.getAttribute('href')]),
      );
    expect(links('/guides/anzen/')).toEqual({
      edit: 'https://git.example/org/handbook/edit/draft/content/guides/anzen.mdx',
      propose: 'https://git.example/org/handbook/new/draft/content/guides',
      guide: 'https://git.example/org/handbook/blob/draft/CONTRIBUTING.md',
    });
    expect(links('/facilitators/aoki-miho/').edit).toBe(
      'https://git.example/org/handbook/edit/draft/content/facilitators/aoki-miho.mdx',
    );
    expect(links('/courses/gr-nyumon/').edit).toBe(
      'https://git.example/org/handbook/edit/draft/content/courses/gr-nyumon.md',
    );
    expect(links('/methods/osm/')).toMatchObject({
      edit: 'https://git.example/org/handbook/edit/draft/content/methods.yaml',
    });
    expect(links('/facilitators/')).toMatchObject({
      edit: 'https://git.example/org/handbook/tree/draft/content/facilitators',
      propose: 'https://git.example/org/handbook/new/draft/content/facilitators',
    });
    expect(Object.keys(links('/'))).toEqual(['edit', 'propose']);
  });
});
