import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { freeId, idFromReading } from '../../src/authoring/page-id';
import { loadHandbook } from '../../src/source/load-handbook';
import { newPage, UsageError } from '../../scripts/lib/new-page';
import { createAsker, type Asker } from '../../scripts/lib/prompt';
import { FIXTURE, FIXTURE_TODAY } from '../support/build-site';

/** A fresh copy of the fixture handbook to write new pages into. */
function copyOfFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-new-'));
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

/** `npm run new -- …args` with answers piped in, through the asker scripts/new.ts reads stdin with. */
async function runNewPiped(root: string, args: string[], input: string) {
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  const asker = createAsker(Readable.from([input]), sink);
  try {
    const { code } = await newPage(
      args,
      { contentDir: join(root, 'content'), publicDir: join(root, 'public'), today: FIXTURE_TODAY },
      asker,
    );
    return { status: code, output };
  } finally {
    asker.close();
  }
}

/** `npm run new -- …args` with every answer as a flag, in this process (what scripts/new.ts runs). */
async function runNew(root: string, args: string[]) {
  const said: string[] = [];
  const asker: Asker = {
    ask: () => Promise.resolve(undefined),
    say: (text) => said.push(text),
    close: () => {},
  };
  try {
    const { code } = await newPage(
      args,
      { contentDir: join(root, 'content'), publicDir: join(root, 'public'), today: FIXTURE_TODAY },
      asker,
    );
    return { status: code, output: said.join('\n') };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { status: 1, output: `${said.join('\n')}\nエラー: ${error.message}` };
  }
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
    for (const args of runs) {
      const result = await runNew(root, args);
      expect(result.status, result.output).toBe(0);
    }
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
    // A report on a request takes its department, last date, facilitators (the host and everyone
    // dispatched) and methods from it.
    expect(handbook.reports.find((r) => r.id === 'wakate-osm-2026-dai2kai')).toMatchObject({
      request: 'somu-wakate-osm-2026-10',
      department: 'somu-kikaku',
      date: '2026-11-05',
      facilitators: ['matsui-sayaka', 'ito-kenji', 'wakamatsu-nao'],
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
    const wrong = await runNew(root, [
      'profile',
      '--name',
      '佐藤 一郎',
      '--kana',
      'さとう いちろう',
      '--department',
      'somu',
      '--available',
      'はい',
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('--department: 「somu」は選べません（もしかして: somu-kikaku）');
    const foreign = await runNew(root, ['profile', '--summary', '要約', '--name', '佐藤 一郎']);
    expect(foreign.output).toContain('--summary は profile（世話人プロフィール）では使えません');
    const missing = await runNew(root, [
      'profile',
      '--name',
      '佐藤 一郎',
      '--department',
      'nosei',
      '--available',
      'はい',
    ]);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('--kana で渡してください');
    expect(existsSync(join(root, 'content/facilitators/sato-ichiro.mdx'))).toBe(false);
  });
});

describe('npm run new, answering questions', () => {
  it('asks in Japanese with the choices from the content, asks again after a wrong answer, and writes a valid page', async () => {
    const root = copyOfFixture();
    // kind, name, kana, department (twice), unit, title, cohort, roles, methods, themes, since,
    // available (twice), maxPerQuarter, regions, note, timeOfDay, weekdays, unavailableMonths,
    // email, extension, body, id.
    const answers = [
      '1',
      '佐藤 一郎',
      'さとう いちろう',
      '総務',
      '7',
      '人事課',
      '',
      '',
      '',
      '1, kj-method',
      '',
      '',
      'たぶん',
      'はい',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]
      .map((answer) => `${answer}\n`)
      .join('');
    const result = await runNewPiped(root, [], answers);
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
