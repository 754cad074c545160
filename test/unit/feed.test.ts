import type { Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { excerpt, feedItems } from '../../src/domain/views/feed';
import { createBodyRenderer, type RenderedBody } from '../../src/source/body-markdown';
import { loadHandbook } from '../../src/source/load-handbook';

// The fixture handbook; its expected facts are listed in test/fixtures/handbook/FACTS.md.
const loaded = loadHandbook({
  contentDir: 'test/fixtures/handbook/content',
  publicDir: 'test/fixtures/handbook/public',
  today: '2026-11-22',
});
const bodies = new Map<string, string>();
const asked: string[] = [];
const input = (changed: Record<string, string> = {}) => ({
  handbook: loaded.handbook,
  bodyExcerpt: (collection: string, id: string) => {
    asked.push(`${collection}/${id}`);
    return bodies.get(`${collection}/${id}`);
  },
  changed: (source: { file: string }, own: string) => changed[source.file] ?? own,
});
let render: (markdown: string) => Promise<RenderedBody>;

// Excerpts as the site's renderer takes them, which is what the feed reads.
beforeAll(async () => {
  render = await createBodyRenderer();
  for (const b of loaded.bodies) bodies.set(`${b.collection}/${b.id}`, (await render(b.body)).excerpt);
});

describe('the feed', () => {
  it('has reports, guides, materials and open requests, newest first', () => {
    const items = feedItems(input());
    expect(items.map((i) => `${i.kind}:${i.id}`)).toEqual(
      expect.arrayContaining([
        'request:kosodate-gr-2026-12',
        'request:kiki-kanri-osm-2027-01',
        'report:somu-gr-2026',
        'guide:hakken-seido',
        'material:gr-nyumon-worksheet',
      ]),
    );
    expect(items).toHaveLength(5 + 4 + 2 + 2);
    expect(
      items
        .filter((i) => i.kind === 'request')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['kiki-kanri-osm-2027-01', 'kosodate-gr-2026-12']);
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(items.slice(0, 2).map((i) => [i.kind, i.id, i.date])).toEqual([
      ['request', 'kiki-kanri-osm-2027-01', '2026-11-15'],
      ['report', 'wakate-osm-2026', '2026-11-05'],
    ]);
  });

  it('dates an entry by its last change, so an updated page comes back to the top', () => {
    const items = feedItems(input({ 'guides/hakken-seido.md': '2026-11-20' }));
    expect(items[0]).toMatchObject({ kind: 'guide', id: 'hakken-seido', date: '2026-11-20' });
  });

  it('keeps the newest items only, and reads only their bodies', () => {
    const all = feedItems(input());
    asked.length = 0;
    const kept = feedItems(input(), 3);
    expect(kept.map((i) => i.id)).toEqual(all.slice(0, 3).map((i) => i.id));
    expect(asked.sort()).toEqual(
      all
        .slice(0, 3)
        .map((i) => `${i.kind}s/${i.id}`)
        .sort(),
    );
  });

  it('gives the first lines of each as plain text', () => {
    const report = feedItems(input()).find((i) => i.id === 'wakate-osm-2026')!;
    expect(report.excerpt.length).toBeGreaterThan(20);
    expect(report.excerpt).not.toMatch(/[#*`|[\]]/);
  });
});

describe('excerpts of rendered bodies', () => {
  it('drop markup, links, tables, code, footnotes and contact details', async () => {
    const markdown = [
      '## 準備',
      '',
      '**大事**なのは[問い](https://example.org)を決めること[^1]。',
      '',
      '| 道具 | 数 |',
      '| --- | --- |',
      '| 模造紙 | 3 |',
      '',
      '- [x] 会場を借りる',
      '1. `付箋`を配る',
      '> 引用',
      '',
      '```sh',
      'npm run build',
      '```',
      '',
      '![図](a.png)<br>終わり。連絡は aoki@pref.example か 059-224-2001（内線 2001）へ',
      '',
      '[^1]: 脚注です。',
    ].join('\n');
    expect((await render(markdown)).excerpt).toBe(
      '準備 大事なのは問いを決めること。 会場を借りる 付箋を配る 引用 図 終わり。連絡は か （）へ',
    );
    expect((await render('A &amp; B&#12290;&nbsp;C&#x3002;')).excerpt).toBe('A & B。 C。');
  });

  it('cut long text at a whole character with an ellipsis', () => {
    const paragraph = (text: string): Root => ({
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] },
      ],
    });
    expect(excerpt(paragraph('あ'.repeat(200)), 10)).toBe(`${'あ'.repeat(10)}…`);
    expect(excerpt(paragraph('短い文。'))).toBe('短い文。');
    expect(excerpt({ type: 'root', children: [] })).toBe('');
  });
});
