import { describe, expect, it } from 'vitest';
import { pagefindFilters, readSearchState, writeSearchState } from '../../src/search/query-state';
import { allSearchRecords, searchFacets, searchRecord, searchTerms } from '../../src/search/record';
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
  it('describes a person: name as title, own department and bureau, methods, reading', () => {
    expect(searchRecord(index, 'facilitator', 'goto-daichi')).toEqual({
      type: 'facilitator',
      title: '後藤 大地',
      department: '西部子ども福祉事務所',
      departments: ['西部子ども福祉事務所', '子ども福祉部'],
      methods: ['グラフィックレコーディング'],
      status: undefined,
      order: '0:ごとう だいち',
      reading: 'ごとう だいち',
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

describe('search terms', () => {
  it('lists method aliases, people with their readings, synonym groups and themes, URLs without the base', () => {
    const terms = searchTerms(index);
    expect(terms.methods).toContainEqual({
      name: 'グラフィックレコーディング',
      aliases: ['グラレコ'],
      url: 'methods/graphic-recording/',
    });
    expect(terms.methods.find((m) => m.url === 'methods/world-cafe/')?.aliases).toEqual([]);
    expect(terms.people).toContainEqual({
      name: '青木 美穂',
      kana: 'あおき みほ',
      url: 'facilitators/aoki-miho/',
    });
    expect(terms.synonyms).toContainEqual(['振り返り', 'リフレクション']);
    expect(terms.themes).toContain('子育て支援');
  });
});

describe('queries', () => {
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
});
