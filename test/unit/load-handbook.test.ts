import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/errors';
import { edit, load } from '../support/content-folder';

const errorsOf = (result: ReturnType<typeof load>) => result.problems.filter((p) => p.severity === 'error');
const warningsOf = (result: ReturnType<typeof load>) =>
  result.problems.filter((p) => p.severity === 'warning');

describe('a valid handbook', () => {
  it('loads every collection with defaults filled in and no problem', () => {
    const result = load();
    expect(result.problems).toEqual([]);
    const { handbook } = result;
    expect(handbook.facilitators.map((f) => f.id).sort()).toEqual(['aoki-mai', 'kato-jun']);
    const kato = handbook.facilitators.find((f) => f.id === 'kato-jun')!;
    expect(kato.roles).toEqual(['facilitator']);
    expect(kato.methods).toEqual([]);
    expect(kato.dispatch.maxPerQuarter).toBe(2);
    expect(handbook.facilitators.find((f) => f.id === 'aoki-mai')!.contact?.extension).toBe('0123');
    expect(handbook.departments).toHaveLength(3);
    expect(result.bodies.find((b) => b.id === 'kato-jun')?.body.trim()).toBe('北部の世話人です。');
  });
});

describe('schema errors name the file, the line and the field', () => {
  it('rejects an unknown key with a did-you-mean hint', () => {
    const errors = errorsOf(load(edit('content/facilitators/aoki-mai.mdx', 'department:', 'deparment:')));
    const typo = errors.find((p) => p.field === 'deparment')!;
    expect(typo).toMatchObject({ file: 'facilitators/aoki-mai.mdx', line: 4 });
    expect(typo.message).toContain('もしかして: department');
    expect(errors.find((p) => p.field === 'department')?.message).toContain('必須');
    expect(errors).toHaveLength(2);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    const errors = errorsOf(
      load(edit('content/reports/somu-osm.mdx', 'date: 2026-09-10', 'date: 2026/09/10')),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'reports/somu-osm.mdx', field: 'date', line: 4 });
    expect(errors[0].message).toContain('YYYY-MM-DD');
  });

  it('rejects a session that ends before it starts', () => {
    const errors = errorsOf(load(edit('content/requests/kenko-osm.mdx', 'end: "16:30"', 'end: "12:00"')));
    expect(errors.map((e) => e.field)).toEqual(['sessions[0].end']);
  });

  it('rejects an unquoted extension that YAML turns into a number', () => {
    const errors = errorsOf(
      load(edit('content/facilitators/aoki-mai.mdx', 'extension: "0123"', 'extension: 0123')),
    );
    expect(errors.map((e) => e.field)).toEqual(['contact.extension']);
    expect(errors[0].message).toContain('引用符');
  });

  it('rejects a reading in katakana', () => {
    const errors = errorsOf(load(edit('content/facilitators/kato-jun.md', 'かとう じゅん', 'カトウ ジュン')));
    expect(errors.map((e) => `${e.file} ${e.field}`)).toEqual(['facilitators/kato-jun.md kana']);
  });

  it('rejects an unknown status with the allowed values', () => {
    const errors = errorsOf(
      load(edit('content/requests/kenko-osm.mdx', 'status: matched', 'status: closed')),
    );
    expect(errors[0].message).toContain('open・matched・done・cancelled');
  });

  it('rejects an id that is not kebab-case, in YAML lists and in file names', () => {
    expect(errorsOf(load(edit('content/methods.yaml', 'id: world-cafe', 'id: World_Cafe')))[0]).toMatchObject(
      { file: 'methods.yaml', field: '[1].id', line: 3 },
    );
    const renamed = load({ 'content/guides/Junbi2.mdx': '---\ntitle: x\n---\n' });
    expect(errorsOf(renamed)[0]).toMatchObject({ file: 'guides/Junbi2.mdx' });
  });

  it('rejects a cohort that ends before it starts', () => {
    const errors = errorsOf(load(edit('content/cohorts.yaml', 'end: 2025-09-30', 'end: 2025-05-01')));
    expect(errors.map((e) => e.field)).toEqual(['[0].end']);
  });

  it('rejects a page without frontmatter', () => {
    const errors = errorsOf(load({ 'content/guides/junbi.mdx': '# 見出しだけ\n' }));
    expect(errors[0]).toMatchObject({ file: 'guides/junbi.mdx', line: 1 });
  });
});

describe('references and ids', () => {
  it('names the unknown id and suggests the closest', () => {
    const errors = errorsOf(
      load(edit('content/requests/kenko-osm.mdx', 'assigned: [aoki-mai]', 'assigned: [aoki-may]')),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'requests/kenko-osm.mdx', field: 'assigned[0]', line: 15 });
    expect(errors[0].message).toContain('aoki-may');
    expect(errors[0].message).toContain('もしかして: aoki-mai');
  });

  it('checks every reference field, including YAML lists', () => {
    expect(
      errorsOf(load(edit('content/departments.yaml', 'parent: kenko', 'parent: kenkou')))[0],
    ).toMatchObject({ file: 'departments.yaml', field: '[2].parent' });
    expect(
      errorsOf(load(edit('content/cohorts.yaml', 'seniors: [aoki-mai]', 'seniors: [nobody]')))[0],
    ).toMatchObject({ field: '[1].seniors[0]' });
    expect(
      errorsOf(load(edit('content/guides/junbi.mdx', 'authors: [aoki-mai]', 'authors: [aoki]')))[0],
    ).toMatchObject({ field: 'authors[0]' });
    expect(errorsOf(load(edit('content/materials/day1.mdx', 'course: osm', 'course: gr')))[0]).toMatchObject({
      field: 'course',
    });
    expect(
      errorsOf(load(edit('content/facilitators/aoki-mai.mdx', 'methods: [osm]', 'methods: [osm, kj]')))[0],
    ).toMatchObject({ field: 'methods[1]' });
  });

  it('rejects the same id twice: in a YAML list, and as .md and .mdx', () => {
    const yaml = load(edit('content/methods.yaml', 'id: world-cafe', 'id: osm'));
    expect(errorsOf(yaml)[0]).toMatchObject({ file: 'methods.yaml', field: '[1].id' });
    const pages = load({ 'content/facilitators/aoki-mai.md': '---\nname: x\n---\n' });
    expect(errorsOf(pages).some((e) => e.message.includes('重複'))).toBe(true);
  });

  it('rejects the same id twice in one list', () => {
    const errors = errorsOf(
      load(edit('content/requests/kenko-osm.mdx', 'methods: [osm]', 'methods: [osm, osm]')),
    );
    expect(errors.map((e) => e.field)).toEqual(['methods[1]']);
  });

  it('rejects a cycle in parent', () => {
    const errors = errorsOf(
      load(
        edit(
          'content/departments.yaml',
          '  kind: bureau\n- id: kenko\n  name: 健康福祉部\n  kind: bureau\n',
          '  kind: bureau\n- id: kenko\n  name: 健康福祉部\n  kind: bureau\n  parent: kenko-hokubu\n',
        ),
      ),
    );
    expect(
      errors.some(
        (e) => e.file === 'departments.yaml' && e.field.endsWith('parent') && e.message.includes('循環'),
      ),
    ).toBe(true);
  });

  it('rejects a material file that does not exist', () => {
    const errors = errorsOf(load({ 'public/materials/day1.txt': null }));
    expect(errors[0]).toMatchObject({ file: 'materials/day1.mdx', field: 'files[0].path' });
  });
});

describe('when a facilitator can go', () => {
  const withDispatch = (lines: string) =>
    load(edit('content/facilitators/aoki-mai.mdx', 'available: true', `available: true\n${lines}`));

  it('reads timeOfDay, weekdays, unavailableMonths and away, timeOfDay any by default', () => {
    const result = withDispatch(
      [
        '  timeOfDay: morning',
        '  weekdays: [mon, thu]',
        '  unavailableMonths: [4, 5]',
        '  away:',
        '    - from: 2027-01-01',
        '      to: 2027-03-31',
        '      note: 育児休業',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    const aoki = result.handbook.facilitators.find((f) => f.id === 'aoki-mai')!;
    expect(aoki.dispatch).toMatchObject({
      timeOfDay: 'morning',
      weekdays: ['mon', 'thu'],
      unavailableMonths: [4, 5],
      away: [{ from: '2027-01-01', to: '2027-03-31', note: '育児休業' }],
    });
    expect(load().handbook.facilitators.find((f) => f.id === 'kato-jun')!.dispatch.timeOfDay).toBe('any');
  });

  it.each([
    ['  timeOfDay: evening', 'dispatch.timeOfDay', 'morning（午前のみ）'],
    ['  weekdays: [monday]', 'dispatch.weekdays[0]', 'mon・tue'],
    ['  weekdays: []', 'dispatch.weekdays', '1つ以上'],
    ['  weekdays: [mon, mon]', 'dispatch.weekdays[1]', '2回'],
    ['  unavailableMonths: [13]', 'dispatch.unavailableMonths[0]', '1〜12'],
    ['  unavailableMonths: [5, 5]', 'dispatch.unavailableMonths[1]', '2回'],
    ['  away:\n    - from: 2027-03-01\n      to: 2027-02-01', 'dispatch.away[0].to', 'from 以降'],
    ['  away:\n    - from: 2027-03-01', 'dispatch.away[0].to', '必須'],
  ])('rejects %j at %s', (lines, field, words) => {
    const errors = errorsOf(withDispatch(lines));
    expect(errors.map((e) => `${e.file} ${e.field}`)).toEqual([`facilitators/aoki-mai.mdx ${field}`]);
    expect(errors[0].message).toContain(words);
    expect(errors[0].line).toBeGreaterThan(0);
  });
});

describe('request rules', () => {
  it('keeps the host out of assigned', () => {
    const errors = errorsOf(
      load(edit('content/requests/kenko-osm.mdx', 'assigned: [aoki-mai]', 'assigned: [aoki-mai, kato-jun]')),
    );
    expect(errors.some((e) => e.field === 'assigned' && e.message.includes('host'))).toBe(true);
  });

  it('needs someone assigned when matched or done', () => {
    const errors = errorsOf(
      load(edit('content/requests/kenko-osm.mdx', 'assigned: [aoki-mai]', 'assigned: []')),
    );
    expect(errors.map((e) => e.field)).toEqual(['assigned']);
  });

  it('allows done only when every session is past the build date', () => {
    const done = edit('content/requests/kenko-osm.mdx', 'status: matched', 'status: done');
    expect(errorsOf(load(done)).map((e) => e.field)).toEqual(['sessions[0].date']);
    expect(errorsOf(load(done, '2026-12-11'))).toEqual([]);
  });

  it('warns about a done request without a report', () => {
    const warnings = warningsOf(
      load(edit('content/requests/kenko-osm.mdx', 'status: matched', 'status: done'), '2026-12-11'),
    );
    expect(warnings.map((w) => w.field)).toEqual(['status']);
  });

  it('warns when the assigned facilitator is of the same organisation', () => {
    const files = {
      ...edit('content/requests/kenko-osm.mdx', 'host: kato-jun', 'host: aoki-mai'),
    };
    files['content/requests/kenko-osm.mdx'] = files['content/requests/kenko-osm.mdx'].replace(
      'assigned: [aoki-mai]',
      'assigned: [kato-jun]',
    );
    const warnings = warningsOf(load(files));
    // The host of another organisation than the requesting department is a warning too.
    expect(warnings.map((w) => w.field)).toEqual(['host', 'assigned[0]']);
    expect(warnings[1].message).toContain('同じ組織');
  });

  it('warns about fewer assigned than needed on a matched request', () => {
    const warnings = warningsOf(load(edit('content/requests/kenko-osm.mdx', 'needed: 1', 'needed: 2')));
    expect(warnings.map((w) => w.field)).toEqual(['assigned']);
  });

  it('warns about an assigned facilitator who is unavailable or over the quarterly limit', () => {
    const unavailable = warningsOf(
      load(edit('content/facilitators/aoki-mai.mdx', 'available: true', 'available: false')),
    );
    expect(unavailable.map((w) => w.message).join()).toContain('派遣不可');
    const second = `---
title: 二件目
department: kenko
host: kato-jun
status: open
requested: 2026-10-02
sessions:
  - date: 2026-11-30
    start: "10:00"
    end: "12:00"
    place: 会議室
participants: 10
needed: 1
assigned: [aoki-mai]
approval: pending
---
`;
    const over = warningsOf(load({ 'content/requests/second.mdx': second }));
    expect(over.filter((w) => w.message.includes('上限'))).toHaveLength(2);
    expect(over[0].message).toContain('2026年度 第3四半期');
  });
});

describe('sessions of a request', () => {
  const unordered = `---
title: 三回の場
department: kenko
host: kato-jun
status: open
requested: 2026-10-02
sessions:
  - date: 2026-12-20
    start: "10:00"
    end: "12:00"
    place: 会議室
  - date: 2026-12-01
    start: "13:00"
    end: "14:00"
    place: 会議室
  - date: 2026-12-01
    start: "09:00"
    end: "10:00"
    place: 会議室
participants: 10
needed: 1
approval: pending
---
`;

  it('are kept in the order they are held, whatever order they are written in', () => {
    const { handbook, problems } = load({ 'content/requests/three.mdx': unordered });
    expect(problems).toEqual([]);
    const request = handbook.requests.find((r) => r.id === 'three')!;
    expect(request.sessions.map((s) => `${s.date} ${s.start}`)).toEqual([
      '2026-12-01 09:00',
      '2026-12-01 13:00',
      '2026-12-20 10:00',
    ]);
  });

  it('are named in problems by their place in the file', () => {
    const done = unordered
      .replace('status: open', 'status: done')
      .replace('approval: pending', 'assigned: [aoki-mai]\napproval: approved');
    const errors = errorsOf(load({ 'content/requests/three.mdx': done }, '2026-12-10'));
    expect(errors.map((e) => e.field)).toEqual(['sessions[0].date']);
    expect(errors[0].line).toBe(8);
  });
});

describe('YAML hazards end in a clear error', () => {
  it('rejects duplicate keys', () => {
    const errors = errorsOf(
      load(edit('content/reports/somu-osm.mdx', 'participants: 12', 'participants: 12\nparticipants: 13')),
    );
    expect(errors[0]).toMatchObject({ file: 'reports/somu-osm.mdx' });
    expect(errors[0].message).toContain('2回');
  });

  it('stops an alias bomb at once', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const started = performance.now();
    const errors = errorsOf(load({ 'content/guides/bomb.mdx': `---\n${bomb}\n---\n` }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(errors.find((e) => e.file === 'guides/bomb.mdx')?.message).toContain('エイリアス');
  });

  it('formats one line per problem with file, line and field', () => {
    const [problem] = errorsOf(
      load(edit('content/reports/somu-osm.mdx', 'date: 2026-09-10', 'date: 2026/09/10')),
    );
    expect(formatProblem(problem, 'content/')).toMatch(/^content\/reports\/somu-osm\.mdx:4: エラー: date: /);
  });
});
