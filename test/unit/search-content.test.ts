import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/source/load-handbook';

/** The fixture's content folder with some files replaced. */
function fixtureWith(files: Record<string, string>): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'handbook-synonyms-')), 'content');
  cpSync('test/fixtures/handbook/content', folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const load = (contentDir: string) =>
  loadHandbook({ contentDir, publicDir: 'test/fixtures/handbook/public', today: '2026-11-22' });

describe('content/synonyms.yaml', () => {
  it('is read as groups of words, each with its place in the file', () => {
    const { handbook, problems } = load('test/fixtures/handbook/content');
    expect(problems).toEqual([]);
    expect(handbook.synonyms[0]).toEqual({
      id: 'group-1',
      words: ['振り返り', 'リフレクション'],
      source: { file: 'synonyms.yaml', path: [0] },
    });
  });

  it('is optional', () => {
    const folder = fixtureWith({});
    rmSync(join(folder, 'synonyms.yaml'));
    const { handbook, problems } = load(folder);
    expect(problems).toEqual([]);
    expect(handbook.synonyms).toEqual([]);
  });

  it('names the file, the line and the group of a group with one word, a repeated word or a number', () => {
    const { problems } = load(
      fixtureWith({ 'synonyms.yaml': '- [振り返り, リフレクション]\n- [付箋]\n- [模造紙, 模造紙]\n- 12\n' }),
    );
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['synonyms.yaml', 2, '[1]'],
      ['synonyms.yaml', 3, '[2]'],
      ['synonyms.yaml', 4, '[3]'],
    ]);
    expect(problems[0].message).toContain('2つ以上');
    expect(problems[1].message).toContain('2回');
  });

  it('must be a list', () => {
    const { problems } = load(fixtureWith({ 'synonyms.yaml': '振り返り: リフレクション\n' }));
    expect(problems).toMatchObject([{ file: 'synonyms.yaml', line: 1, severity: 'error' }]);
  });
});

describe('method aliases', () => {
  const methods = (aliases: string) =>
    `- id: osm\n  name: オフサイトミーティング\n  aliases: ${aliases}\n- id: world-cafe\n  name: ワールドカフェ\n- id: graphic-recording\n  name: グラフィックレコーディング\n- id: kj-method\n  name: KJ法\n- id: open-space\n  name: オープン・スペース・テクノロジー\n`;

  it('are optional strings, each once', () => {
    expect(load(fixtureWith({ 'methods.yaml': methods('[OSM, オフサイト]') })).problems).toEqual([]);
    const { problems } = load(fixtureWith({ 'methods.yaml': methods('[OSM, OSM]') }));
    expect(problems).toMatchObject([{ file: 'methods.yaml', line: 3, field: '[0].aliases' }]);
  });

  it('may not be the method’s own name, nor another method’s name or alias', () => {
    const { problems } = load(
      fixtureWith({ 'methods.yaml': methods('[オフサイトミーティング, ワールドカフェ]') }),
    );
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['methods.yaml', 3, '[0].aliases[0]'],
      ['methods.yaml', 3, '[0].aliases[1]'],
    ]);
    expect(problems[1].message).toContain('world-cafe');
  });
});
