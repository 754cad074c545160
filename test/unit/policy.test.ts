import type { Element, Root as HtmlRoot, RootContent } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { forbiddenScheme } from '../../src/domain/policy/allowlist';
import { remarkBodySyntax } from '../../src/domain/policy/body-syntax';
import { checkBody } from '../../src/domain/policy/check-body';
import { rehypeHandbookBody, remarkBodyValues } from '../../src/domain/policy/render';
import { stopRenderer } from '../../src/source/render-bodies';
import { check as checkFolder, edit } from '../support/content-folder';

const check = (body: string) => checkBody(body, { file: 'guides/x.mdx', firstLine: 1 });
const messages = (body: string) => check(body).map((p) => `${p.line}: ${p.message}`);

describe('what a body may contain', () => {
  it('accepts Markdown with GitHub extensions', () => {
    const body = [
      '# 見出し',
      '',
      '**太字** と _斜体_ と ~~取り消し~~ と `a < b {x}` と <https://intra.example/>',
      '',
      '| 項目 | 内容 |',
      '| --- | :-: |',
      '| 会場 | 円座 |',
      '',
      '- [x] 済み',
      '- [ ] まだ',
      '',
      '脚注つき[^1]',
      '',
      '[^1]: 注',
      '',
      '```js',
      'import x from "y"; {alert(1)}',
      '```',
      '',
      '[ガイド](/guides/osm-junbi/) と [メール](mailto:a@pref.example) と ![図](/materials/zu.png "図")',
      '',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('accepts the safe HTML subset and the handbook components', () => {
    const body = [
      '<kbd>Ctrl</kbd>+<kbd>C</kbd>、H<sub>2</sub>O、10<sup>3</sup>、<mark>大事</mark>、<abbr title="オフサイトミーティング">OSM</abbr>、<ruby>世話人<rp>(</rp><rt>せわにん</rt><rp>)</rp></ruby><br>',
      '',
      '<details><summary>くわしく</summary>中身</details>',
      '',
      '<dl><dt>語</dt><dd>意味</dd></dl>',
      '',
      '<table><tr><th colspan="2">表</th></tr><tr><td>1</td><td>2</td></tr></table>',
      '',
      '<Note>',
      '',
      '補足です',
      '',
      '</Note>',
      '',
      '<Caution title="締め切り">',
      '',
      '前日まで',
      '',
      '</Caution>',
      '',
      '<Steps>',
      '',
      '1. 一つ目',
      '2. 二つ目',
      '',
      '</Steps>',
      '',
      '<!-- メモ -->',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('accepts plain values and comments in braces, and escaped braces', () => {
    expect(
      check("{/* 表示されないメモ */}\n\n集合 {'{'}A, B{'}'} と \\{C\\} と {2026} と {`テンプレート`}"),
    ).toEqual([]);
  });
});

describe('what a body may not contain, with the line', () => {
  it('refuses import and export, with the line in the file', () => {
    expect(checkBody('本文\n\nimport X from "./x.js"\n', { file: 'guides/x.mdx', firstLine: 10 })).toEqual([
      {
        severity: 'error',
        file: 'guides/x.mdx',
        line: 12,
        field: '本文',
        message: expect.stringContaining('import や export は本文に書けません'),
      },
    ]);
    expect(messages('export const a = 1')).toEqual([expect.stringMatching(/^1: import や export/)]);
    expect(messages('本文\n\nimport 文章のこと')).toEqual([
      expect.stringMatching(/^3: import・export で始まる行/),
    ]);
  });

  it('refuses expressions beyond plain values, and an unclosed brace', () => {
    for (const code of [
      '{1 + 1}',
      '{process.env.HOME}',
      '{fetch("x")}',
      '{(() => 1)()}',
      '{`a${b}`}',
      '{true}',
    ]) {
      expect(messages(`あ\n\n${code}`), code).toEqual([
        expect.stringMatching(/^3: \{ \} の中に JavaScript の式は書けません/),
      ]);
    }
    expect(messages('あ\n\n選択肢 {A か B')).toEqual([
      expect.stringMatching(/^3: 「\{」が閉じられていません/),
    ]);
    expect(messages('あ\n\n{ここは 説明}')).toEqual([
      expect.stringMatching(/^3: \{ \} の中が JavaScript の式として読めません/),
    ]);
  });

  it('refuses script, style and elements outside the subset', () => {
    expect(messages('あ\n\n<script>alert(1)</script>')).toEqual([
      expect.stringMatching(/^3: <script> は本文に書けません/),
    ]);
    expect(messages('<style>main{display:none}</style>')).toEqual([
      expect.stringMatching(/^1: <style> は本文に書けません/),
    ]);
    for (const tag of [
      '<iframe src="https://x"></iframe>',
      '<object data="x"></object>',
      '<embed src="x">',
      '<form action="x"></form>',
      '<template><p>x</p></template>',
      '<svg><circle/></svg>',
      '<math></math>',
      '<base href="/x/">',
      '<meta http-equiv="refresh" content="0">',
      '<link rel="stylesheet" href="x.css">',
    ]) {
      expect(messages(tag).length, tag).toBeGreaterThan(0);
    }
    expect(messages('<input type="text">')).toEqual([
      expect.stringMatching(/チェックリストは「- \[ \] 項目」/),
    ]);
  });

  it('refuses event handlers and attributes outside the subset, wherever the parser puts them', () => {
    expect(messages('<img src="/a.png" alt="" onerror="alert(1)">')).toEqual([
      expect.stringMatching(/<img> の onerror 属性は使えません/),
    ]);
    expect(messages('<details ontoggle=alert(1) open>x</details>')).toEqual([
      expect.stringMatching(/ontoggle/),
    ]);
    expect(messages('<p style="position:fixed">x</p>')).toEqual([
      expect.stringMatching(/<p> に style 属性は使えません/),
    ]);
    expect(messages('<a href="https://x" target="_blank">x</a>')).toEqual([
      expect.stringMatching(/target 属性/),
    ]);
    expect(messages('<span data-pagefind-meta="title:偽物">x</span>')).toEqual([
      expect.stringMatching(/data-pagefind-meta 属性/),
    ]);
    // Separate HTML blocks are joined into one table when rendered: the check sees the joined tree.
    expect(messages('<table>\n\n<tr onclick="alert(1)">\n\n</table>')).toEqual([
      expect.stringMatching(/^3: <tr> の onclick 属性は使えません/),
    ]);
  });

  it('refuses javascript:, vbscript: and data: URLs in Markdown and in HTML, however they are written', () => {
    expect(messages('[x](javascript:alert(1))')).toEqual([
      expect.stringMatching(/リンク先（href）に javascript: は使えません/),
    ]);
    expect(messages('[x][ref]\n\n[ref]: javascript:alert(1)')).toEqual([
      expect.stringMatching(/^1: リンク先（href）に javascript:/),
    ]);
    expect(messages('![x](data:image/png;base64,AAAA)')).toEqual([
      expect.stringMatching(/読み込み先（src）に data: は使えません/),
    ]);
    expect(messages('<a href=" JaVaScRiPt:alert(1)">x</a>')).toEqual([expect.stringMatching(/javascript:/)]);
    expect(messages('<a href="java&#x0A;script:alert(1)">x</a>')).toEqual([
      expect.stringMatching(/javascript:/),
    ]);
    expect(messages('<a href="&#106;avascript:alert(1)">x</a>')).toEqual([
      expect.stringMatching(/javascript:/),
    ]);
    expect(messages('<blockquote cite="vbscript:x">x</blockquote>')).toEqual([
      expect.stringMatching(/引用元（cite）に vbscript:/),
    ]);
  });

  it('tells the scheme browsers would see', () => {
    expect(forbiddenScheme('javascript:x')).toBe('javascript');
    expect(forbiddenScheme('\tJAVA\nSCRIPT:x')).toBe('javascript');
    expect(forbiddenScheme('DATA:text/html,x')).toBe('data');
    expect(forbiddenScheme('https://intra.example/javascript:x')).toBeUndefined();
    expect(forbiddenScheme('/guides/javascript-nyumon/')).toBeUndefined();
  });
});

describe('the check applies the policy to every page', { timeout: 60_000 }, () => {
  afterAll(() => stopRenderer());

  it('reports body problems at their line in the file, with the frontmatter fields', async () => {
    const result = await checkFolder(
      edit('content/guides/junbi.mdx', '| 会場 | 円座 |', '| 会場 | 円座 |\n\n<script>alert(1)</script>'),
    );
    expect(result.problems).toEqual([
      {
        severity: 'error',
        file: 'guides/junbi.mdx',
        line: 12,
        field: '本文',
        message: expect.stringContaining('<script>'),
      },
    ]);
  });

  it('checks plain Markdown pages too', async () => {
    const result = await checkFolder(
      edit('content/facilitators/kato-jun.md', '北部の世話人です。', '[北部](javascript:alert(1))'),
    );
    expect(result.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['facilitators/kato-jun.md:8']);
  });
});

/** The site's Markdown pipeline (astro.config.mjs) up to HTML, without Astro. */
function render(body: string, base = '/'): HtmlRoot {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkBodySyntax)
    .use(remarkBodyValues)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeHandbookBody, { base });
  return processor.runSync(processor.parse(body));
}

function elements(nodes: RootContent[]): Element[] {
  return nodes.flatMap((node) => (node.type === 'element' ? [node, ...elements(node.children)] : []));
}

const textOf = (nodes: RootContent[]): string =>
  nodes
    .map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : ''))
    .join('');

describe('rendering what the policy allows', () => {
  it('turns the components into boxes and steps', () => {
    const tree = render(
      '<Note>\n\n補足です\n\n</Note>\n\n<Caution title="締め切り">\n\n前日まで\n\n</Caution>\n\n<Steps>\n\n1. 一つ目\n\n</Steps>',
    );
    const [note, caution, steps] = tree.children.filter((node): node is Element => node.type === 'element');
    expect(note).toMatchObject({ tagName: 'aside', properties: { className: ['notice'], role: 'note' } });
    expect(textOf(note.children).replace(/\s/g, '')).toBe('補足補足です');
    expect(caution).toMatchObject({ tagName: 'aside', properties: { className: ['notice', 'warn'] } });
    expect(textOf(caution.children).replace(/\s/g, '')).toBe('締め切り前日まで');
    expect(steps).toMatchObject({ tagName: 'div', properties: { className: ['steps'] } });
    expect(elements(steps.children).map((e) => e.tagName)).toEqual(['ol', 'li']);
    expect(elements(tree.children).some((e) => ['note', 'caution', 'steps'].includes(e.tagName))).toBe(false);
  });

  it('shows plain values as text, escaped, and drops comments', () => {
    const text = textOf(render('{/* 見えないメモ */}\n\nあ {"<b>太字</b>"} い {2026} う \\{え\\}').children);
    expect(text).toBe('あ <b>太字</b> い 2026 う {え}');
    expect(elements(render('{"<b>太字</b>"}').children).map((e) => e.tagName)).toEqual(['p']);
  });

  it('puts site paths under the base path, and leaves other links alone', () => {
    const links = elements(
      render(
        '[ガイド](/guides/osm-junbi/) [外](https://intra.example/x) [相対](../x/) ![図](/materials/zu.png) [済](/handbook/x/)',
        '/handbook/',
      ).children,
    );
    expect(links.filter((e) => e.tagName !== 'p').map((e) => e.properties.href ?? e.properties.src)).toEqual([
      '/handbook/guides/osm-junbi/',
      'https://intra.example/x',
      '../x/',
      '/handbook/materials/zu.png',
      '/handbook/x/',
    ]);
  });

  it('refuses to render code or forbidden HTML, even when the check was skipped', () => {
    expect(() => render('{alert(1)}')).toThrow(/本文に使えない MDX/);
    expect(() => render('import x from "y"')).toThrow(/本文に使えない MDX/);
    expect(() => render('<img src="x" onerror="alert(1)">')).toThrow(/onerror/);
  });
});
