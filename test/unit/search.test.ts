import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  normalizeQuery,
  pagefindFilters,
  readSearchState,
  writeSearchState,
} from '../../src/domain/search/query';
import { readingKeywords, toKatakana } from '../../src/domain/search/readings';
import { allSearchRecords, searchFacets, searchRecord } from '../../src/domain/search/search-record';
import { buildHandbookIndex } from '../../src/domain/views/handbook-index';
import { loadHandbook } from '../../src/source/load-handbook';

// The fixture handbook; its expected facts are listed in test/fixtures/handbook/FACTS.md.
const { handbook } = loadHandbook({
  contentDir: 'test/fixtures/handbook/content',
  publicDir: 'test/fixtures/handbook/public',
  today: '2026-11-22',
});
const index = buildHandbookIndex(handbook, '2026-11-22');

describe('search records', () => {
  it('describes a person: name as title, own department and bureau, methods, reading in katakana', () => {
    expect(searchRecord(index, 'facilitator', 'goto-daichi')).toEqual({
      type: 'facilitator',
      title: '後藤 大地',
      department: '西部子ども福祉事務所',
      departments: ['西部子ども福祉事務所', '子ども福祉部'],
      methods: ['グラフィックレコーディング'],
      status: undefined,
      order: '0:ごとう だいち',
      keywords: ['ゴトウ ダイチ'],
    });
  });

  it('gives a request its status label and lists newer requests first', () => {
    const open = searchRecord(index, 'request', 'kiki-kanri-osm-2027-01');
    const done = searchRecord(index, 'request', 'kiki-bosai-kunren-2026-09');
    expect(open).toMatchObject({
      status: '募集中',
      department: '危機管理部',
      departments: ['危機管理部'],
      methods: ['オフサイトミーティング', 'KJ法'],
    });
    expect(done.status).toBe('開催済み');
    expect(open.order < done.order).toBe(true);
  });

  it('takes a report’s department from its request when it has none of its own, and guides have none', () => {
    expect(searchRecord(index, 'report', 'wakate-osm-2026').department).toBe('総務企画部');
    expect(searchRecord(index, 'guide', 'hakken-seido')).toMatchObject({
      department: undefined,
      departments: [],
      methods: [],
    });
  });

  it('has one record per entry page and throws on an unknown id', () => {
    expect(allSearchRecords(index)).toHaveLength(12 + 7 + 5 + 4 + 2 + 2);
    expect(() => searchRecord(index, 'guide', 'no-such-guide')).toThrow('No guide with id "no-such-guide"');
  });

  it('offers only filter values that select something: offices under their bureau, methods in 五十音', () => {
    const facets = Object.fromEntries(searchFacets(index).map((facet) => [facet.key, facet.values]));
    expect(facets.type).toEqual(['世話人', '派遣依頼', '開催報告', '実践ガイド', '研修講座', '講座資料']);
    expect(facets.department).toEqual([
      '総務企画部',
      '子ども福祉部',
      '西部子ども福祉事務所',
      '危機管理部',
      '東部防災事務所',
      '職員人材育成センター',
    ]);
    expect(facets.method).toEqual([
      'KJ法',
      'オープン・スペース・テクノロジー',
      'オフサイトミーティング',
      'グラフィックレコーディング',
      'ワールドカフェ',
    ]);
    expect(facets.status).toEqual(['募集中', '派遣決定', '開催済み', '中止']);
  });
});

describe('readings', () => {
  it('turns hiragana into katakana and leaves the rest', () => {
    expect(toKatakana('あおき みほ')).toBe('アオキ ミホ');
    expect(toKatakana('ゔぁー・KJ法')).toBe('ヴァー・KJ法');
  });

  it('adds nothing for a reading already in katakana', () => {
    expect(readingKeywords('しょうた')).toEqual(['ショウタ']);
    expect(readingKeywords('ショウタ')).toEqual([]);
  });
});

describe('queries', () => {
  it('folds full-width Latin letters and half-width katakana, and drops an honorific after a name', () => {
    expect(normalizeQuery('ＫＪ法')).toBe('KJ法');
    expect(normalizeQuery('ｸﾞﾗﾌｨｯｸ')).toBe('グラフィック');
    expect(normalizeQuery('  青木さん　防災  ')).toBe('青木 防災');
    expect(normalizeQuery('中島様')).toBe('中島');
    expect(normalizeQuery('はまださん')).toBe('はまだ');
  });

  it('keeps words that merely end like an honorific', () => {
    expect(normalizeQuery('多様')).toBe('多様');
    expect(normalizeQuery('さん')).toBe('さん');
  });

  it('keeps the query and filters in the URL and reads them back', () => {
    const state = { q: '防災', filters: { type: ['世話人', '派遣依頼'], method: ['KJ法'] } };
    const params = writeSearchState(state);
    expect(params.toString()).toBe(
      'q=%E9%98%B2%E7%81%BD&type=%E4%B8%96%E8%A9%B1%E4%BA%BA&type=%E6%B4%BE%E9%81%A3%E4%BE%9D%E9%A0%BC&method=KJ%E6%B3%95',
    );
    expect(readSearchState(params)).toEqual(state);
    expect(readSearchState(new URLSearchParams('q=+&status=&other=1'))).toEqual({ q: '', filters: {} });
  });

  it('asks Pagefind for any selected value of each filter', () => {
    expect(pagefindFilters({ type: ['世話人'], method: [] })).toEqual({ type: { any: ['世話人'] } });
  });

  it('reads an excerpt into plain and marked text, entities decoded', () => {
    // As the index gives it back: spaces put between words, the page's own marked with U+2060.
    expect(excerptParts('A &amp; B\u2060 <mark>防災</mark> <mark>訓練</mark>\u2060 &lt;x&gt;')).toEqual([
      { text: 'A & B ', marked: false },
      { text: '防災訓練', marked: true },
      { text: ' <x>', marked: false },
    ]);
  });
});
