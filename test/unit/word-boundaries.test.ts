import { describe, expect, it } from 'vitest';
import { withWordBoundaries } from '../../src/domain/search/segment-page';
import { withoutWordBoundaries } from '../../src/domain/search/word-boundaries';

/** The text of a page's body as Pagefind keeps it: the words, split at white space, joined by spaces. */
function indexedText(html: string): string {
  const body = html.slice(html.indexOf('<article'));
  return body
    .replace(/<[^>]*>/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/** The words a query is split into in the browser for a Japanese index, as Pagefind's search() does. */
const queryWords = (query: string) =>
  Array.from(
    new Intl.Segmenter('ja', { granularity: 'word' }).segment(query),
    ({ segment }) => segment,
  ).filter((word) => /\S/.test(word));

const page = (body: string) =>
  `<html lang="ja"><head><title>会議の記録</title></head><body><nav>世話人一覧</nav><article data-pagefind-body data-note="意見交換会">${body}</article></body></html>`;

describe('word boundaries for the index', () => {
  it('split Japanese text into the words the browser splits a query into', () => {
    const spaced = indexedText(
      withWordBoundaries(page('<p>県民との意見交換会で、話し合いを記録しました。</p>')),
    );
    for (const query of ['意見交換会', '話し合いを記録', '県民']) {
      for (const word of queryWords(query)) expect(spaced.split(' ')).toContain(word);
    }
    expect(spaced).toBe('県民 と の 意見 交換 会 で 、 話し合い を 記録 しま した 。');
  });

  it('leave markup, attributes, character references and what comes before the body as they are', () => {
    const html = page(
      '<p class="lead" title="子育て支援">A &amp; B の<a href="/x/">子育て支援</a></p><script>const 子育て = 1;</script>',
    );
    const spaced = withWordBoundaries(html);
    expect(spaced.slice(0, spaced.indexOf('<article'))).toBe(html.slice(0, html.indexOf('<article')));
    expect(spaced).toContain('<article data-pagefind-body data-note="意見交換会">');
    expect(spaced).toContain(
      '<p class="lead" title="子育て支援">A &amp; B\u2060 の <a href="/x/"> 子育て 支援 </a></p><script>const 子育て = 1;</script>',
    );
  });

  it('make a tag next to Japanese text a word boundary, which Pagefind would not', () => {
    expect(
      indexedText(
        withWordBoundaries(
          page('<ul><li>業務改善</li><li>子育て支援</li></ul><dl><dt>開催日</dt><dd>2026年2月18日</dd></dl>'),
        ),
      ),
    ).toBe('業務 改善 子育て 支援 開催 日 2026 年 2 月 18 日');
  });

  it('leave text without Japanese split at white space only, as Pagefind splits it', () => {
    expect(indexedText(withWordBoundaries(page('<p>e-mail, Zoom &amp; Teams.</p>')))).toBe(
      'e-mail, Zoom &amp; Teams.',
    );
  });

  it('keep each text in its place whatever its line breaks, and know kanji beyond the BMP', () => {
    expect(withWordBoundaries(page('<p>会議\r</p><p>記録</p><p>世話人</p>'))).toContain(
      '<p> 記録 </p><p> 世話人 </p>',
    );
    expect(indexedText(withWordBoundaries(page('<p>Zoom</p><p>𠮷田</p>')))).toBe('Zoom 𠮷 田');
  });

  it('leave a page without a body for the index as it is', () => {
    const html = '<html><body><p>部局一覧</p></body></html>';
    expect(withWordBoundaries(html)).toBe(html);
  });

  it('come out again for display, the page’s own spaces kept, across highlighted words too', () => {
    const text = '若松 奈央さんとZoom会議で話した。次回は3月、ABC 社の e-mail で。';
    const indexed = indexedText(withWordBoundaries(page(`<p>${text}</p>`)));
    expect(indexed).not.toBe(text);
    expect(withoutWordBoundaries(indexed)).toBe(text);
    const marked = indexed.replace('奈央', '<mark>奈央</mark>').replace('会議', '<mark>会議</mark>');
    expect(withoutWordBoundaries(marked)).toBe(
      text.replace('奈央', '<mark>奈央</mark>').replace('会議', '<mark>会議</mark>'),
    );
  });
});
