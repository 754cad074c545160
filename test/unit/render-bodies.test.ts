import { afterAll, describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../src/source/body-markdown';
import { renderBodies, stopRenderer } from '../../src/source/render-bodies';

const bodies = Array.from({ length: 60 }, (_, i) => ({
  file: `reports/r${i}.mdx`,
  bodyLine: 10,
  body: [
    `## 第${i}回の振り返り`,
    `参加者は${i % 17}人。[準備のガイド](/guides/osm-junbi/)を読んでから臨みました。[^${i}]`,
    '| 項目 | 内容 |\n| --- | --- |\n| 会場 | 円座 |',
    `- [x] 模造紙\n- [ ] 付箋 {'{'}${i}{'}'}`,
    i % 3 === 0 ? '<Note>名札は下の名前だけにします。</Note>' : '',
    `[^${i}]: 当日のメモから。`,
  ].join('\n\n'),
}));

afterAll(() => stopRenderer());

/** Shorter than the build's limit (BODY_LIMITS.renderMs): the slow body keeps a core busy until it. */
const LIMIT_MS = 1_000;

// Worker threads start tsx and the Markdown stack: seconds on a busy machine.
describe('renderBodies', { timeout: 60_000 }, () => {
  it('gives in worker threads exactly what the renderer gives in process, in order', async () => {
    const render = await createBodyRenderer('/handbook/');
    const here = [];
    for (const { body } of bodies) here.push(await render(body));
    const spread = await renderBodies(bodies, '/handbook/');
    expect(spread).toEqual(here);
    expect(here[3].html).toContain('<aside');
    expect(here[0].html).toContain('href="/handbook/guides/osm-junbi/"');
  });

  it('names the file and line of a body the policy refuses, and renders the others', async () => {
    const outcomes = await renderBodies([
      bodies[0],
      { file: 'guides/x.mdx', bodyLine: 7, body: '前置き\n\n<script>alert(1)</script>' },
    ]);
    expect(outcomes[0]).toHaveProperty('html');
    expect(outcomes[1]).toEqual({
      problems: [
        expect.objectContaining({
          file: 'guides/x.mdx',
          line: 9,
          field: '本文',
          message: expect.stringContaining('<script>'),
        }),
      ],
    });
  });

  it('stops a body that takes too long, names its file, and goes on with the next ones', async () => {
    const started = Date.now();
    const outcomes = await renderBodies(
      [{ file: 'reports/slow.mdx', bodyLine: 5, body: '*a'.repeat(40_000) }, ...bodies.slice(0, 4)],
      '/',
      LIMIT_MS,
    );
    expect(outcomes[0]).toEqual({
      problems: [
        expect.objectContaining({
          file: 'reports/slow.mdx',
          line: 5,
          message: expect.stringContaining('1秒以上かかるため止めました'),
        }),
      ],
    });
    expect(outcomes.slice(1).every((outcome) => 'html' in outcome)).toBe(true);
    // The limit, plus a worker started again; a hostile body costs seconds, never minutes.
    expect(Date.now() - started).toBeLessThan(LIMIT_MS + 20_000);
  });

  it('names the file of a body that crashes the renderer', async () => {
    const [outcome] = await renderBodies([
      { file: 'guides/deep.mdx', bodyLine: 3, body: '<div>'.repeat(50_000) },
    ]);
    expect(outcome).toEqual({
      problems: [expect.objectContaining({ file: 'guides/deep.mdx', line: 3, field: '本文' })],
    });
  });
});
