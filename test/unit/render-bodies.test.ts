import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../src/source/body-markdown';
import { renderBodies } from '../../src/source/render-bodies';

const bodies = Array.from({ length: 240 }, (_, i) =>
  [
    `## 第${i}回の振り返り`,
    `参加者は${i % 17}人。[準備のガイド](/guides/osm-junbi/)を読んでから臨みました。[^${i}]`,
    '| 項目 | 内容 |\n| --- | --- |\n| 会場 | 円座 |',
    `- [x] 模造紙\n- [ ] 付箋 {'{'}${i}{'}'}`,
    i % 3 === 0 ? '<Note>名札は下の名前だけにします。</Note>' : '',
    `[^${i}]: 当日のメモから。`,
  ].join('\n\n'),
);

describe('renderBodies', () => {
  it('gives in worker threads exactly what the renderer gives in process, in order', async () => {
    const render = await createBodyRenderer('/');
    const here = [];
    for (const body of bodies) here.push(await render(body));
    const spread = await renderBodies(bodies);
    expect(spread).toHaveLength(bodies.length);
    expect(spread).toEqual(here);
    expect(spread[3]).toContain('<aside');
  });

  it("fails with the renderer's own message when a body breaks the policy, in workers and in process", async () => {
    const broken = [...bodies, '<script>alert(1)</script>'];
    await expect(renderBodies(broken)).rejects.toThrow(/本文に使えないもの/);
    await expect(renderBodies(broken.slice(-2))).rejects.toThrow(/本文に使えないもの/);
  });
});
