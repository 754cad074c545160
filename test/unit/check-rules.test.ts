import { describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/domain/handbook';
import { checkRules } from '../../src/domain/references/check-rules';
import { cohort, course, facilitator, handbook, request } from './helpers/handbook-builder';

const TODAY = '2026-11-22';
const warnings = (content: Handbook) =>
  checkRules(content, { today: TODAY, publicFileExists: () => true })
    .filter((problem) => problem.severity === 'warning')
    .map(({ file, field, message }) => ({ file, field, message }));

const helper = (id: string, data: Parameters<typeof facilitator>[1] = {}) =>
  facilitator(id, { department: 'kankyo-seikatsu', ...data });

describe('warnings about requests', () => {
  it('warns about an open request whose sessions have all passed', () => {
    const content = handbook({
      requests: [
        request('stale', { sessions: [{ date: '2026-10-01' }, { date: '2026-11-21' }] }),
        request('partly', { sessions: [{ date: '2026-10-01' }, { date: '2026-11-22' }] }),
        request('matched', {
          status: 'matched',
          assigned: ['a'],
          sessions: [{ date: '2026-10-01' }],
        }),
      ],
      facilitators: [helper('a')],
    });
    expect(warnings(content)).toEqual([
      {
        file: 'requests/stale.mdx',
        field: 'status',
        message:
          'status が open のままですが、開催日（最終 2026年11月21日）がすべて過ぎています。開催したなら done に、開催しなかったなら cancelled に直してください',
      },
    ]);
  });

  it('warns about a host of another organisation than the requesting department', () => {
    const content = handbook({
      facilitators: [helper('outsider', { name: '外部 花子' })],
      requests: [
        request('r', { host: 'outsider' }),
        request('regional', { department: 'kenko-fukushi-hokubu' }),
      ],
    });
    expect(warnings(content)).toEqual([
      {
        file: 'requests/r.mdx',
        field: 'host',
        message:
          '依頼者（host）の 外部 花子（outsider） は環境生活部の所属で、依頼元の健康福祉部とは別の組織です。host には依頼する職場の世話人を書いてください',
      },
    ]);
  });

  it('warns about a volunteer a hard rule rules out, with the reasons, and only them', () => {
    const content = handbook({
      facilitators: [
        helper('fine'),
        helper('off', { dispatch: { available: false } }),
        facilitator('same', { department: 'kenko-fukushi-hokubu' }),
        helper('assigned', { dispatch: { available: false } }),
      ],
      requests: [
        request('r', {
          status: 'matched',
          needed: 3,
          assigned: ['assigned'],
          volunteers: ['fine', 'off', 'same', 'assigned'],
        }),
      ],
    });
    expect(warnings(content).filter(({ field }) => field.startsWith('volunteers'))).toEqual([
      {
        file: 'requests/r.mdx',
        field: 'volunteers[1]',
        message: 'off（off） は名乗り出ていますが、派遣の条件に合いません: 派遣不可に設定',
      },
      {
        file: 'requests/r.mdx',
        field: 'volunteers[2]',
        message: 'same（same） は名乗り出ていますが、派遣の条件に合いません: 依頼元と同じ組織（健康福祉部）',
      },
    ]);
  });

  it('does not check volunteers of requests that no longer look for people', () => {
    const content = handbook({
      facilitators: [helper('off', { dispatch: { available: false } }), helper('a')],
      requests: [
        request('full', { status: 'matched', assigned: ['a'], volunteers: ['off'] }),
        request('stale', { sessions: [{ date: '2026-10-01' }], volunteers: ['off'] }),
      ],
    });
    expect(warnings(content).map(({ field }) => field)).toEqual(['status']);
  });
});

describe('warnings about cohorts', () => {
  const content = (seniors: string[]) =>
    handbook({
      courses: [course('osm', 'OSM世話人養成講座'), course('gr', 'グラレコ入門')],
      cohorts: [
        cohort('osm-1', { course: 'osm', number: 1 }),
        cohort('osm-2', { course: 'osm', number: 2, start: '2025-05-01', seniors }),
        cohort('osm-3', { course: 'osm', number: 3, start: '2026-05-01' }),
        cohort('gr-1', { course: 'gr', number: 1 }),
      ],
      facilitators: [
        helper('earlier', { cohort: 'osm-1' }),
        helper('same-run', { cohort: 'osm-2' }),
        helper('later-run', { cohort: 'osm-3' }),
        helper('other-course', { cohort: 'gr-1' }),
        helper('no-course'),
      ],
    });

  it('accepts a senior who graduated from an earlier run of the same course', () => {
    expect(warnings(content(['earlier']))).toEqual([]);
  });

  it('warns about a senior of this run or a later one, of another course, or of none', () => {
    const found = warnings(content(['earlier', 'same-run', 'later-run', 'other-course', 'no-course']));
    expect(found.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'cohorts.yaml seniors[1]',
      'cohorts.yaml seniors[2]',
      'cohorts.yaml seniors[3]',
      'cohorts.yaml seniors[4]',
    ]);
    expect(found[0].message).toBe(
      '先輩世話人の same-run（same-run） は、修了した回（第2回）がこの回（第2回）より前ではありません。先輩世話人は同じ講座の以前の回の修了生です',
    );
    expect(found[1].message).toContain('修了した回（第3回）がこの回（第2回）より前ではありません');
    expect(found[2].message).toContain('OSM世話人養成講座ではなく別の講座（gr-1）の修了生です');
    expect(found[3].message).toContain('講座の修了生として登録されていません');
  });
});
