import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkHandbook } from '../../src/source/check-handbook';
import { loadHandbook } from '../../src/source/load-handbook';

/** A tiny valid handbook, as files: tests change one file to make one mistake. */
export const validFiles: Record<string, string> = {
  'content/departments.yaml': `- id: somu
  name: 総務部
  kind: bureau
- id: kenko
  name: 健康福祉部
  kind: bureau
- id: kenko-hokubu
  name: 北部健康福祉事務所
  kind: regional
  parent: kenko
  region: 北部
`,
  'content/methods.yaml': `- id: osm
  name: オフサイトミーティング
- id: world-cafe
  name: ワールドカフェ
`,
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
`,
  'content/courses/osm.mdx': `---
title: OSM世話人養成講座
summary: 対話の場を開く世話人を育てる講座
provider: 政策開発研修センター
sessions: 4
---
講座の説明。
`,
  'content/materials/day1.mdx': `---
title: 1日目スライド
course: osm
session: 1
kind: slides
files:
  - path: materials/day1.txt
    label: スライド
updated: 2026-05-01
---
`,
  'public/materials/day1.txt': '1日目\n',
  'content/facilitators/aoki-mai.mdx': `---
name: 青木 舞
kana: あおき まい
department: somu
cohort: osm-2025-1
methods: [osm]
dispatch:
  available: true
  maxPerQuarter: 1
contact:
  email: aoki-mai@pref.example
  extension: "0123"
---
総務部の世話人です。
`,
  'content/facilitators/kato-jun.md': `---
name: 加藤 純
kana: かとう じゅん
department: kenko-hokubu
dispatch:
  available: true
---
北部の世話人です。
`,
  'content/requests/kenko-osm.mdx': `---
title: 健康福祉部の対話の場
department: kenko
host: kato-jun
status: matched
requested: 2026-10-01
sessions:
  - date: 2026-12-10
    start: "13:30"
    end: "16:30"
    place: 本庁舎 会議室
participants: 20
needed: 1
methods: [osm]
assigned: [aoki-mai]
approval: approved
---
依頼の内容。
`,
  'content/reports/somu-osm.mdx': `---
title: 総務部で対話の場
department: somu
date: 2026-09-10
facilitators: [aoki-mai]
participants: 12
followUp:
  date: 2026-12-01
  note: 次回の日程を決める
---
報告。
`,
  'content/guides/junbi.mdx': `---
title: 場の準備
summary: 準備の要点
category: preparation
authors: [aoki-mai]
updated: 2026-04-01
---
| 項目 | 内容 |
| --- | --- |
| 会場 | 円座 |
`,
};

/** Writes a handbook folder with the given files changed (a value of null removes a file). */
export function writeHandbook(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-'));
  const files = { ...validFiles, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export const TODAY = '2026-11-22';

/** Loads a handbook folder written by `writeHandbook`, as the build and the check do. */
export function load(changes: Record<string, string | null> = {}, today = TODAY) {
  const root = writeHandbook(changes);
  return loadHandbook({ contentDir: join(root, 'content'), publicDir: join(root, 'public'), today });
}

/**
 * Checks a handbook folder written by `writeHandbook` as `npm run check` does: the loader, then
 * every body rendered. The render workers are kept for the next call: stop them with
 * `stopRenderer` after the tests.
 */
export function check(changes: Record<string, string | null> = {}, today = TODAY) {
  const root = writeHandbook(changes);
  return checkHandbook(
    { contentDir: join(root, 'content'), publicDir: join(root, 'public'), today },
    { keepWorkers: true },
  );
}

/** Replaces the first occurrence of `from` in one of the valid files. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  const text = validFiles[path];
  if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
  return { [path]: text.replace(from, to) };
}
