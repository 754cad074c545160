import { describe, expect, it } from 'vitest';
import { calendarFileNames } from '../../src/domain/calendar/file-names';
import { findUrls, splitAtFirstUrl } from '../../src/domain/text-links';
import { classDays, runState } from '../../src/domain/views/course-runs';
import { readingFromAddress } from '../../src/domain/views/not-found';
import { load } from '../support/content-folder';
import { pageChanges } from '../../scripts/lib/site-changes';

/** content/cohorts.yaml of the test handbook with the second run given these extra lines. */
const cohorts = (lines: string) => ({
  'content/cohorts.yaml': `- id: osm-2025-1
  course: osm
  number: 1
  start: 2025-06-01
  end: 2025-09-30
- id: osm-2026-2
  course: osm
  number: 2
  start: 2026-06-01
  seniors: [aoki-mai]
${lines}`,
});
const problemsOf = (changes: Record<string, string>) =>
  load(changes).problems.map((p) => ({
    severity: p.severity,
    file: p.file,
    field: p.field,
    message: p.message,
  }));

describe('class days of a run (cohort days)', () => {
  it('loads a run with every class day, in any order', () => {
    const result = load(
      cohorts(`  end: 2026-09-10\n  days: [2026-06-01, 2026-09-10, 2026-07-01, 2026-08-05]\n`),
    );
    expect(result.problems).toEqual([]);
    expect(classDays(result.handbook.cohorts[1])).toEqual([
      '2026-06-01',
      '2026-07-01',
      '2026-08-05',
      '2026-09-10',
    ]);
  });

  it('refuses a day outside the run, and a day given twice, naming the day', () => {
    const problems = problemsOf(
      cohorts(`  end: 2026-09-10\n  days: [2026-06-01, 2026-05-20, 2026-07-01, 2026-07-01, 2026-09-10]\n`),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'cohorts.yaml',
        field: '[1].days[1]',
        message: expect.stringContaining('授業日 2026-05-20 が回の期間の外です'),
      }),
      expect.objectContaining({
        severity: 'error',
        field: '[1].days[3]',
        message: expect.stringContaining('2026-07-01 が days に2回あります'),
      }),
    ]);
  });

  it('tells a run without an end that its days must be its one day, or that it needs an end', () => {
    const [problem] = problemsOf(cohorts(`  days: [2026-06-01, 2026-06-15]\n`));
    expect(problem).toMatchObject({ severity: 'error', field: '[1].days[1]' });
    expect(problem.message).toContain('end に最終日を書いてください');
  });

  it('warns when the days do not match the course, or leave out the first or last day', () => {
    expect(problemsOf(cohorts(`  end: 2026-09-10\n  days: [2026-06-01, 2026-09-10]\n`))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: '[1].days',
        message: expect.stringContaining('全4日（sessions: 4）ですが、days には2日あります'),
      }),
    ]);
    expect(
      problemsOf(cohorts(`  end: 2026-09-10\n  days: [2026-06-02, 2026-07-01, 2026-08-05, 2026-09-10]\n`)),
    ).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('開始日 2026-06-01 が days にありません'),
      }),
    ]);
  });
});

describe('a run in progress', () => {
  const run = { start: '2026-11-04', end: '2026-12-16' };
  it('is upcoming before its first day, in progress up to its last, finished after', () => {
    expect(runState(run, '2026-11-03')).toBe('upcoming');
    expect(runState(run, '2026-11-04')).toBe('in-progress');
    expect(runState(run, '2026-12-16')).toBe('in-progress');
    expect(runState(run, '2026-12-17')).toBe('finished');
    expect(runState({ start: '2026-11-04' }, '2026-11-05')).toBe('finished');
  });
});

describe('how to join the next run (course apply)', () => {
  it('makes its one address a link, without the Japanese or the full stop around it', () => {
    expect(splitAtFirstUrl('申し込みは https://intra.example/kenshu/osm/ から。')).toEqual({
      before: '申し込みは ',
      url: 'https://intra.example/kenshu/osm/',
      after: ' から。',
    });
    expect(findUrls('受付ページhttps://intra.example/a?b=1からどうぞ')).toEqual([
      'https://intra.example/a?b=1',
    ]);
    expect(findUrls('詳しくは https://intra.example/a.')).toEqual(['https://intra.example/a']);
    expect(splitAtFirstUrl('2027年春に募集します。')).toEqual({
      before: '2027年春に募集します。',
      after: '',
    });
  });

  it('is checked: two addresses are a warning, since only the first becomes a link', () => {
    const course = (apply: string) => ({
      'content/courses/osm.mdx': `---\ntitle: OSM世話人養成講座\nsummary: 講座\nprovider: 政策開発研修センター\nsessions: 4\napply: ${apply}\n---\n本文。\n`,
    });
    expect(problemsOf(course('受付は https://intra.example/a から'))).toEqual([]);
    expect(problemsOf(course('受付は https://intra.example/a か https://intra.example/b から'))).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'courses/osm.mdx', field: 'apply' }),
    ]);
  });
});

describe('calendar files', () => {
  it('are saved under names that say what they are', () => {
    expect(calendarFileNames.session('kaigo-hatarakikata-osm', 1)).toBe('kaigo-hatarakikata-osm-1.ics');
    expect(calendarFileNames.facilitator('aoki-miho')).toBe('aoki-miho-yotei.ics');
    expect(calendarFileNames.department('somu-kikaku')).toBe('somu-kikaku-kaisai-yotei.ics');
  });
});

describe('a wrong address', () => {
  it('reads the romaji of its last part as the name someone looked for', () => {
    expect(readingFromAddress('/facilitators/yamada-hanako/')).toBe('やまだ はなこ');
    expect(readingFromAddress('/handbook/facilitators/sato-taro')).toBe('さと たろ');
    expect(readingFromAddress('/facilitators/%E5%B1%B1%E7%94%B0/')).toBeUndefined();
    expect(readingFromAddress('/requests/kosodate-gr-2026-12/')).toBeUndefined();
    expect(readingFromAddress('/%E0%A4%A/')).toBeUndefined();
    expect(readingFromAddress('/')).toBeUndefined();
  });
});

describe('pages a pull request changes', () => {
  const titles: Record<string, string> = { 'facilitators/aoki-mai': '青木 舞', 'departments/somu': '総務部' };
  const titleOf = (collection: string, id: string) => titles[`${collection}/${id}`];

  it('maps page files to their pages and YAML list entries to theirs', () => {
    const { pages, other } = pageChanges(
      [
        { status: 'added', path: 'facilitators/aoki-mai.mdx' },
        { status: 'removed', path: 'reports/old-report.md' },
        {
          status: 'changed',
          path: 'departments.yaml',
          before: '- id: somu\n  name: 総務\n- id: kenko\n  name: 健康福祉部\n',
          after: '- id: somu\n  name: 総務部\n- id: kenko\n  name: 健康福祉部\n',
        },
        {
          status: 'changed',
          path: 'cohorts.yaml',
          before: '- id: osm-1\n  course: osm\n  number: 1\n',
          after: '- id: osm-1\n  course: osm\n  number: 1\n- id: osm-2\n  course: osm\n  number: 2\n',
        },
        { status: 'added', path: 'synonyms.yaml', after: '- [a, b]\n' },
      ],
      titleOf,
    );
    expect(pages).toEqual([
      { status: 'added', page: 'facilitators/aoki-mai/', title: '青木 舞' },
      { status: 'changed', page: 'courses/osm/', title: 'osm' },
      { status: 'changed', page: 'departments/somu/', title: '総務部' },
      { status: 'removed', page: 'reports/old-report/', title: 'old-report' },
    ]);
    expect(other).toEqual(['synonyms.yaml']);
  });
});
