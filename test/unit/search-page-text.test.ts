import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/search/browser/nearest';
import { readPage, readPageBytes } from '../../src/search/build/read-page';
import { sentences } from '../../src/search/build/documents';
import { BODY_END, hideText, SENTENCE, showText, TEXT_META } from '../../src/search/document';
import { excerptParts, excerptSentence } from '../../src/search/excerpt';
import type { Suggestion } from '../../src/search/terms';
import { kanaKey } from '../../src/search/words';

const PAGE = `<!doctype html><html lang="ja"><head><title>t</title></head><body>
<nav>メニュー</nav>
<article data-pagefind-body>
  <h1>青木 美穂 <span>（あおき みほ）</span></h1>
  <p class="lead" data-search-lead>職場の対話を広げる</p>
  <dl><dt>所属</dt><dd>総務企画部</dd><dt>メール</dt><dd data-pagefind-ignore="all">aoki@pref.example<span data-pagefind-filter="leak:yes"></span></dd></dl>
  <p data-pagefind-ignore>（期日を過ぎています）<span data-pagefind-meta="kept:yes"></span></p>
  <div class="prose" data-search-body><p>一文目です。二文目です！</p><ul><li>項目A</li><li>項目B</li></ul><script>var x = 1;</script></div>
  <div hidden data-search-record data-search-reading="あおき みほ">
    <span data-pagefind-filter="type:世話人"></span><span data-pagefind-meta="title:青木 美穂"></span>
    <span data-pagefind-sort="order:0:あおき みほ"></span>
  </div>
</article>
<footer>フッター</footer></body></html>`;

describe('reading a built page for the index', () => {
  const page = readPage(PAGE)!;

  it('sorts the text by where it sits, block by block, and reads nothing outside the indexed element', () => {
    expect(page.title).toEqual(['青木 美穂 （あおき みほ）']);
    expect(page.lead).toEqual(['職場の対話を広げる']);
    expect(page.body).toEqual(['一文目です。二文目です！', '項目A', '項目B']);
    expect(page.fields).toEqual(['総務企画部']);
    expect(page.readings).toEqual(['あおき みほ']);
    expect(JSON.stringify(page)).not.toMatch(/メニュー|フッター|var x/);
  });

  it('honours data-pagefind-ignore: its text is left out, and with "all" its filters and meta too', () => {
    expect(JSON.stringify(page)).not.toContain('aoki@pref.example');
    expect(JSON.stringify(page)).not.toContain('期日を過ぎています');
    expect(page.filters).toEqual([['type', '世話人']]);
    expect(page.meta).toEqual([
      ['kept', 'yes'],
      ['title', '青木 美穂'],
    ]);
    expect(page.sort).toEqual([['order', '0:あおき みほ']]);
  });

  it('is undefined for a page without a data-pagefind-body element', () => {
    expect(readPage('<html><body><p>一覧</p></body></html>')).toBeUndefined();
  });

  it('reads a page’s bytes as its text, decoding only from the indexed element', () => {
    expect(readPageBytes(Buffer.from(PAGE))).toEqual(page);
    // The attribute named in text before the element: the element is still found.
    const named = PAGE.replace('<nav>メニュー</nav>', '<p>属性 data-pagefind-body の説明</p>');
    expect(readPageBytes(Buffer.from(named))).toEqual(readPage(named));
    expect(readPageBytes(Buffer.from('<html><body><p>一覧</p></body></html>'))).toBeUndefined();
  });

  it('splits the body into sentences after 。！？ and at every block', () => {
    expect(sentences(page.body)).toEqual(['一文目です。', '二文目です！', '項目A', '項目B']);
    expect(sentences([`記号${SENTENCE}入り。「引用。」のあと`])).toEqual([
      '記号 入り。',
      '「引用。」',
      'のあと',
    ]);
  });
});

describe('the sentences in the meta field', () => {
  it('are hidden from Pagefind’s meta words (no letter or digit left) and shown back as they were', () => {
    const text = ['ＯＳＴで「吉野」の話を 2026年に。', 'abc ワールドカフェ・振り返り!'].join(SENTENCE);
    expect(hideText(text)).not.toMatch(/[\p{L}\p{N}\s]/u);
    expect(showText(hideText(text))).toBe(text);
    // A character beyond the Basic Multilingual Plane stays as it is (it may make a word).
    expect(showText(hideText('𠮷田さん'))).toBe('𠮷田さん');
  });
});

describe('excerpts', () => {
  const result = (locations: number[]) => ({
    // Index words of three sentences, then the title's and fields' words.
    content: `一 文 ${SENTENCE} 二 ${SENTENCE} 三 ${BODY_END}. 題 欄.`,
    locations,
    meta: { [TEXT_META]: hideText(['一つ目の文。', '二つ目の文。', '三つ目の文。'].join(SENTENCE)) },
  });

  it('show the sentence whose words the query matched most, else the first', () => {
    expect(excerptSentence(result([3]))).toBe('二つ目の文。');
    expect(excerptSentence(result([5, 0]))).toBe('一つ目の文。');
    expect(excerptSentence(result([7]))).toBe('一つ目の文。');
    expect(excerptSentence(result([]))).toBe('一つ目の文。');
    expect(excerptSentence({ ...result([0]), meta: {} })).toBe('');
  });

  it('mark the query as typed, in either kana, and its kanji', () => {
    expect(excerptParts('ワールドカフェで振り返った。', 'わーるどかふぇ 振り返り')).toEqual([
      { text: 'ワールドカフェ', marked: true },
      { text: 'で', marked: false },
      { text: '振', marked: true },
      { text: 'り', marked: false },
      { text: '返', marked: true },
      { text: 'った。', marked: false },
    ]);
  });

  it('cut a long sentence around its first mark', () => {
    const long = `${'あ'.repeat(100)}防災${'い'.repeat(100)}`;
    const parts = excerptParts(long, '防災');
    expect(parts[0]).toEqual({ text: '…', marked: false });
    expect(parts.at(-1)).toEqual({ text: '…', marked: false });
    expect(parts.find((part) => part.marked)?.text).toBe('防災');
    expect(parts.map((part) => part.text).join('').length).toBeLessThanOrEqual(112);
  });
});

describe('もしかして', () => {
  const suggestions: Suggestion[] = [
    {
      label: 'グラフィックレコーディング',
      url: 'methods/graphic-recording/',
      keys: [kanaKey('グラフィックレコーディング')],
      words: [],
    },
    {
      label: '若松 奈央',
      url: 'facilitators/wakamatsu-nao/',
      keys: [kanaKey('わかまつなお')],
      words: ['若松', '奈央'],
    },
    { label: '防災訓練', keys: [kanaKey('ボウサイクンレン')], words: ['防災訓練'] },
  ];

  it('offers the nearest method, person or word by reading or spelling', () => {
    expect(nearest('ぐらふぃっくれこーてぃんぐ', suggestions).map((s) => s.label)).toEqual([
      'グラフィックレコーディング',
    ]);
    expect(nearest('わかまつなを', suggestions).map((s) => s.label)).toEqual(['若松 奈央']);
    expect(nearest('防災訓連', suggestions).map((s) => s.label)).toEqual(['防災訓練']);
    expect(nearest('若松', suggestions).map((s) => s.label)).toEqual(['若松 奈央']);
  });

  it('offers nothing when nothing is near', () => {
    expect(nearest('予算', suggestions)).toEqual([]);
    expect(nearest('', suggestions)).toEqual([]);
  });
});
