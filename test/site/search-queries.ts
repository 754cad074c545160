/**
 * The search-quality set over the fixture handbook (test/fixtures/handbook, FACTS.md "Search
 * words"): what staff type, and the pages each query must bring into the first 10 results.
 */
export interface SearchCase {
  query: string;
  /** Site paths that must all be among the first 10 results. */
  expect: string[];
  why: string;
}

const person = (id: string) => `/facilitators/${id}/`;
const request = (id: string) => `/requests/${id}/`;
const report = (id: string) => `/reports/${id}/`;
const guide = (id: string) => `/guides/${id}/`;
const course = (id: string) => `/courses/${id}/`;
const material = (id: string) => `/materials/${id}/`;

export const SEARCH_CASES: SearchCase[] = [
  // A person by family name, full name, given name.
  { query: '青木', expect: [person('aoki-miho')], why: 'family name' },
  { query: '伊藤', expect: [person('ito-kenji')], why: 'family name' },
  { query: '後藤', expect: [person('goto-daichi')], why: 'family name' },
  { query: '佐々木', expect: [person('sasaki-jun')], why: 'family name with 々' },
  { query: '土橋', expect: [person('dobashi-shota')], why: 'family name' },
  { query: '浜田', expect: [person('hamada-ken')], why: 'family name' },
  { query: '若松', expect: [person('wakamatsu-nao')], why: 'family name' },
  { query: '青木美穂', expect: [person('aoki-miho')], why: 'full name typed without a space' },
  { query: '若松 奈央', expect: [person('wakamatsu-nao')], why: 'full name with a space' },
  { query: '拓海', expect: [person('yamamoto-takumi')], why: 'given name alone' },

  // A person by reading, in hiragana, whole or in part.
  { query: 'あおき', expect: [person('aoki-miho')], why: 'reading' },
  { query: 'いとう', expect: [person('ito-kenji')], why: 'reading' },
  { query: 'かとう', expect: [person('kato-yumi')], why: 'reading' },
  { query: 'ごとう', expect: [person('goto-daichi')], why: 'reading with a voiced initial' },
  { query: 'ささき', expect: [person('sasaki-jun')], why: 'reading' },
  { query: 'たかはし', expect: [person('takahashi-rie')], why: 'reading' },
  { query: 'どばし', expect: [person('dobashi-shota')], why: 'reading with a voiced initial' },
  { query: 'なかじま', expect: [person('nakajima-aya')], why: 'reading' },
  { query: 'はまだ', expect: [person('hamada-ken')], why: 'reading' },
  { query: 'まつい', expect: [person('matsui-sayaka')], why: 'reading' },
  { query: 'やまもと', expect: [person('yamamoto-takumi')], why: 'reading' },
  { query: 'わかまつ', expect: [person('wakamatsu-nao')], why: 'reading' },
  { query: 'あおき みほ', expect: [person('aoki-miho')], why: 'full reading with a space' },
  { query: 'わかま', expect: [person('wakamatsu-nao')], why: 'start of a reading' },
  { query: 'なかじ', expect: [person('nakajima-aya')], why: 'start of a reading' },
  { query: 'だいち', expect: [person('goto-daichi')], why: 'given name reading' },
  { query: 'しょうた', expect: [person('dobashi-shota')], why: 'given name reading' },
  { query: 'マツイ', expect: [person('matsui-sayaka')], why: 'reading in katakana, as on forms' },
  { query: 'ワカマツ ナオ', expect: [person('wakamatsu-nao')], why: 'full reading in katakana' },
  { query: 'アオ', expect: [person('aoki-miho')], why: 'start of a reading in katakana' },

  // How people write a name in a sentence or on an old system.
  { query: '青木さん', expect: [person('aoki-miho')], why: 'name with an honorific' },
  { query: 'はまださん', expect: [person('hamada-ken')], why: 'reading with an honorific' },
  { query: '中島様', expect: [person('nakajima-aya')], why: 'name with a formal honorific' },
  {
    query: 'ＫＪ法',
    expect: [person('kato-yumi'), person('matsui-sayaka'), person('wakamatsu-nao')],
    why: 'full-width Latin letters',
  },
  {
    query: 'ｸﾞﾗﾌｨｯｸﾚｺｰﾃﾞｨﾝｸﾞ',
    expect: [person('goto-daichi'), person('matsui-sayaka'), request('kosodate-gr-2026-12')],
    why: 'half-width katakana',
  },

  // Words inside bodies: long katakana words and compounds.
  {
    query: 'グラフィックレコーディング',
    expect: [
      person('goto-daichi'),
      person('matsui-sayaka'),
      request('kosodate-gr-2026-12'),
      guide('gr-kiroku-no-kotsu'),
      course('gr-nyumon'),
    ],
    why: 'long katakana word',
  },
  {
    query: 'レコーディング',
    expect: [person('goto-daichi'), person('matsui-sayaka'), request('kosodate-gr-2026-12')],
    why: 'second half of a katakana compound',
  },
  {
    query: 'ワールドカフェ',
    expect: [
      person('yamamoto-takumi'),
      request('kosodate-hatarakikata-2026-12'),
      report('kosodate-world-cafe-2026'),
    ],
    why: 'katakana word',
  },
  {
    query: 'カフェ',
    expect: [
      person('yamamoto-takumi'),
      report('kosodate-world-cafe-2026'),
      request('nishi-kosodate-cafe-2026-12'),
    ],
    why: 'end of a katakana compound',
  },
  {
    query: '防災訓練',
    expect: [
      person('nakajima-aya'),
      request('kiki-bosai-kunren-2026-09'),
      report('bosai-kunren-kentokai-2026'),
    ],
    why: 'kanji compound',
  },
  {
    query: '訓練',
    expect: [
      person('nakajima-aya'),
      person('dobashi-shota'),
      request('kiki-bosai-kunren-2026-09'),
      report('bosai-kunren-kentokai-2026'),
    ],
    why: 'second half of a compound',
  },
  {
    query: '業務改善',
    expect: [person('aoki-miho'), request('somu-gyomu-kaizen-2026-12'), person('matsui-sayaka')],
    why: 'compound, also a theme',
  },
  {
    query: '若手職員',
    expect: [person('wakamatsu-nao'), request('somu-wakate-osm-2026-10'), report('wakate-osm-2026')],
    why: 'compound',
  },
  {
    query: '子育て支援',
    expect: [
      person('goto-daichi'),
      person('ito-kenji'),
      person('yamamoto-takumi'),
      request('kosodate-gr-2026-12'),
      report('kosodate-world-cafe-2026'),
    ],
    why: 'compound with okurigana, also a theme',
  },
  {
    query: '働き方改革',
    expect: [
      person('sasaki-jun'),
      request('kosodate-hatarakikata-2026-12'),
      report('jinzai-open-space-2026'),
    ],
    why: 'compound with okurigana',
  },
  {
    query: '振り返り',
    expect: [
      person('hamada-ken'),
      request('kiki-bosai-kunren-2026-09'),
      report('bosai-kunren-kentokai-2026'),
      report('jinzai-open-space-2026'),
    ],
    why: 'verb noun with okurigana',
  },
  {
    query: '合意形成',
    expect: [person('kato-yumi'), request('kiki-kanri-osm-2027-01'), report('somu-gr-2026')],
    why: 'compound',
  },
  { query: '避難所運営', expect: [request('kiki-kanri-osm-2027-01')], why: 'compound in a request body' },
  {
    query: '意見交換会',
    expect: [person('takahashi-rie'), report('somu-gr-2026')],
    why: 'three-part compound',
  },
  { query: '自主勉強会', expect: [report('wakate-osm-2026')], why: 'three-part compound in a report' },
  {
    query: '模造紙',
    expect: [guide('gr-kiroku-no-kotsu'), person('goto-daichi'), report('bosai-kunren-kentokai-2026')],
    why: 'word in a table and in bodies',
  },
  {
    query: '付箋',
    expect: [person('kato-yumi'), request('somu-gyomu-kaizen-2026-12'), report('bosai-kunren-kentokai-2026')],
    why: 'word in bodies',
  },
  { query: '少子化対策課', expect: [person('yamamoto-takumi')], why: 'a unit name' },
  { query: '対話の場づくり', expect: [course('taiwa-kiso')], why: 'phrase with a particle' },
  { query: '派遣制度', expect: [guide('hakken-seido')], why: 'compound in a guide title' },
  { query: '講師メモ', expect: [material('taiwa-kiso-day1')], why: 'a material file label' },

  // Method names find the people, guides and requests that use them.
  {
    query: 'オフサイトミーティング',
    expect: [
      person('aoki-miho'),
      request('kiki-kanri-osm-2027-01'),
      request('somu-wakate-osm-2026-10'),
      report('wakate-osm-2026'),
      guide('osm-junbi'),
    ],
    why: 'method name',
  },
  {
    query: 'KJ法',
    expect: [person('kato-yumi'), person('matsui-sayaka'), person('wakamatsu-nao')],
    why: 'method name with Latin letters',
  },
  {
    query: 'オープン・スペース・テクノロジー',
    expect: [
      person('ito-kenji'),
      person('sasaki-jun'),
      person('hamada-ken'),
      report('jinzai-open-space-2026'),
    ],
    why: 'method name with middle dots',
  },
  {
    query: 'オープンスペース',
    expect: [person('sasaki-jun'), person('hamada-ken'), report('jinzai-open-space-2026')],
    why: 'method name typed without the dots',
  },
  {
    query: 'グラフィック',
    expect: [guide('gr-kiroku-no-kotsu'), course('gr-nyumon'), report('somu-gr-2026')],
    why: 'start of a method name',
  },

  // Two words: both must matter.
  {
    query: '防災 グラフィックレコーディング',
    expect: [
      request('kiki-bosai-kunren-2026-09'),
      report('bosai-kunren-kentokai-2026'),
      person('nakajima-aya'),
      person('dobashi-shota'),
    ],
    why: 'topic and method',
  },
  {
    query: '青木 オフサイトミーティング',
    expect: [person('aoki-miho'), guide('osm-junbi')],
    why: 'person and method',
  },
];
