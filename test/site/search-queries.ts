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

  // Kana for a katakana word, typed in hiragana as the keyboard gives it.
  {
    query: 'わーるどかふぇ',
    expect: [
      person('yamamoto-takumi'),
      report('kosodate-world-cafe-2026'),
      request('kosodate-hatarakikata-2026-12'),
    ],
    why: 'katakana word typed in hiragana',
  },
  {
    query: 'ぐらふぃっくれこーでぃんぐ',
    expect: [course('gr-nyumon'), guide('gr-kiroku-no-kotsu')],
    why: 'long katakana word typed in hiragana',
  },
  {
    query: 'おふさいとみーてぃんぐ',
    expect: [guide('osm-junbi'), report('wakate-osm-2026')],
    why: 'method name typed in hiragana',
  },
  { query: 'かふぇ', expect: [report('kosodate-world-cafe-2026')], why: 'short katakana word in hiragana' },
  { query: 'こみゅにけーしょん', expect: [guide('osm-junbi')], why: 'katakana word in hiragana' },
  {
    query: 'おーぷんすぺーす',
    expect: [report('jinzai-open-space-2026')],
    why: 'method name in hiragana, no dots',
  },
  {
    query: 'しみゅれーしょん',
    expect: [report('bosai-kunren-kentokai-2026')],
    why: 'katakana word in hiragana',
  },

  // A word written in kanji found by its reading, and the reverse.
  {
    query: 'ふりかえり',
    expect: [
      person('hamada-ken'),
      report('bosai-kunren-kentokai-2026'),
      report('jinzai-open-space-2026'),
      report('wakate-osm-2026'),
    ],
    why: 'reading of 振り返り, and the word written in kana',
  },
  {
    query: '振り返り',
    expect: [report('wakate-osm-2026')],
    why: 'kanji for a page that writes ふりかえり in kana',
  },
  {
    query: 'ぼうさいくんれん',
    expect: [request('kiki-bosai-kunren-2026-09'), report('bosai-kunren-kentokai-2026')],
    why: 'reading of a kanji compound',
  },
  {
    query: 'ごういけいせい',
    expect: [person('kato-yumi'), request('kiki-kanri-osm-2027-01'), report('somu-gr-2026')],
    why: 'reading of a kanji compound',
  },
  {
    query: 'わかてしょくいん',
    expect: [person('wakamatsu-nao'), request('somu-wakate-osm-2026-10'), report('wakate-osm-2026')],
    why: 'reading of a compound with a small ょ',
  },
  {
    query: 'こそだてしえん',
    expect: [person('goto-daichi'), request('kosodate-gr-2026-12')],
    why: 'reading of a compound with okurigana',
  },
  {
    query: 'もぞうし',
    expect: [guide('gr-kiroku-no-kotsu'), report('bosai-kunren-kentokai-2026')],
    why: 'reading of a kanji word',
  },
  { query: 'ふせん', expect: [person('kato-yumi'), report('bosai-kunren-kentokai-2026')], why: 'reading' },
  {
    query: 'ぎょうむかいぜん',
    expect: [person('aoki-miho'), request('somu-gyomu-kaizen-2026-12')],
    why: 'reading of a compound',
  },
  { query: 'はけんせいど', expect: [guide('hakken-seido')], why: 'reading of a title word' },
  {
    query: 'じしゅべんきょうかい',
    expect: [report('wakate-osm-2026')],
    why: 'reading of a three-part compound',
  },
  { query: 'いけんこうかんかい', expect: [person('takahashi-rie'), report('somu-gr-2026')], why: 'reading' },
  {
    query: 'ボウサイ',
    expect: [request('kiki-bosai-kunren-2026-09'), report('bosai-kunren-kentokai-2026')],
    why: 'reading in katakana',
  },

  // People by the romaji of their reading, as on a business card or an email address.
  { query: 'aoki', expect: [person('aoki-miho')], why: 'romaji family name' },
  { query: 'goto', expect: [person('goto-daichi')], why: 'romaji without the long vowel (ごとう)' },
  { query: 'ito kenji', expect: [person('ito-kenji')], why: 'romaji full name' },
  { query: 'Matsui Sayaka', expect: [person('matsui-sayaka')], why: 'romaji with capitals' },
  { query: 'wakamatsu', expect: [person('wakamatsu-nao')], why: 'romaji family name' },
  { query: 'dobashi shota', expect: [person('dobashi-shota')], why: 'romaji, しょう as sho' },
  { query: 'takahashi', expect: [person('takahashi-rie')], why: 'romaji family name' },
  { query: 'nakajima aya', expect: [person('nakajima-aya')], why: 'romaji full name' },
  { query: 'sasaki', expect: [person('sasaki-jun')], why: 'romaji family name' },
  { query: 'Yamamoto Takumi', expect: [person('yamamoto-takumi')], why: 'romaji full name' },
  { query: 'kato yumi', expect: [person('kato-yumi')], why: 'romaji, かとう as kato' },
  { query: 'hamada ken', expect: [person('hamada-ken')], why: 'romaji full name' },
  { query: 'itou', expect: [person('ito-kenji')], why: 'romaji with the long vowel (いとう)' },
  { query: 'daichi', expect: [person('goto-daichi')], why: 'romaji given name' },

  // Inflected words meet their other forms.
  {
    query: '続ける',
    expect: [guide('osm-junbi'), person('takahashi-rie'), report('wakate-osm-2026')],
    why: 'dictionary form finds 続けて, 続けています',
  },
  { query: '続けて', expect: [guide('osm-junbi'), report('wakate-osm-2026')], why: 'te-form finds 続ける' },
  { query: 'つづける', expect: [guide('osm-junbi')], why: 'dictionary form in kana' },
  { query: '断る', expect: [guide('sponsor-zukuri')], why: 'dictionary form finds 断って' },
  { query: '断り方', expect: [guide('sponsor-zukuri')], why: 'noun of a verb finds 断って' },
  { query: '断って', expect: [guide('sponsor-zukuri')], why: 'te-form' },
  {
    query: '描く',
    expect: [guide('gr-kiroku-no-kotsu'), report('somu-gr-2026')],
    why: 'dictionary form finds 描いて',
  },
  { query: '描いた', expect: [guide('gr-kiroku-no-kotsu'), report('somu-gr-2026')], why: 'past form' },
  { query: '集まる', expect: [request('kiki-bosai-kunren-2026-09')], why: 'dictionary form finds 集まり' },

  // A method's aliases are searched as its name.
  {
    query: 'グラレコ',
    expect: [
      course('gr-nyumon'),
      guide('gr-kiroku-no-kotsu'),
      person('goto-daichi'),
      person('matsui-sayaka'),
      request('kosodate-gr-2026-12'),
    ],
    why: 'method alias',
  },
  {
    query: 'OST',
    expect: [report('jinzai-open-space-2026'), person('sasaki-jun'), person('hamada-ken')],
    why: 'method alias in Latin letters',
  },
  {
    query: '親和図法',
    expect: [person('kato-yumi'), person('matsui-sayaka'), person('wakamatsu-nao')],
    why: 'method alias in kanji',
  },
  {
    query: 'OSM',
    expect: [guide('osm-junbi'), report('wakate-osm-2026'), person('aoki-miho')],
    why: 'method alias',
  },
  {
    query: 'ぐられこ',
    expect: [course('gr-nyumon'), guide('gr-kiroku-no-kotsu')],
    why: 'method alias in hiragana',
  },

  // Words of the synonym list are searched as each other.
  {
    query: 'リフレクション',
    expect: [person('hamada-ken'), report('bosai-kunren-kentokai-2026'), report('jinzai-open-space-2026')],
    why: 'synonym of 振り返り',
  },
  {
    query: 'ポストイット',
    expect: [person('kato-yumi'), report('bosai-kunren-kentokai-2026')],
    why: 'synonym of 付箋',
  },
  {
    query: 'コンセンサス',
    expect: [person('kato-yumi'), request('kiki-kanri-osm-2027-01'), report('somu-gr-2026')],
    why: 'synonym of 合意形成',
  },
  { query: '大判用紙', expect: [guide('gr-kiroku-no-kotsu')], why: 'synonym of 模造紙' },
  {
    query: '対話集会',
    expect: [person('takahashi-rie'), report('somu-gr-2026')],
    why: 'synonym of 意見交換会',
  },
  {
    query: 'ファシリテーター',
    expect: [guide('sponsor-zukuri'), guide('osm-junbi')],
    why: 'synonym of 進行役',
  },
  { query: '進行役', expect: [guide('osm-junbi'), guide('sponsor-zukuri')], why: 'the word itself' },

  // Full-width and half-width forms.
  { query: 'ｸﾞﾗﾚｺ', expect: [course('gr-nyumon')], why: 'half-width katakana alias' },
  { query: 'ＯＳＴ', expect: [report('jinzai-open-space-2026')], why: 'full-width Latin alias' },
  { query: 'ﾜｰﾙﾄﾞｶﾌｪ', expect: [report('kosodate-world-cafe-2026')], why: 'half-width katakana' },
  { query: 'ａｏｋｉ', expect: [person('aoki-miho')], why: 'full-width romaji' },
  {
    query: '防災訓練　振り返り',
    expect: [report('bosai-kunren-kentokai-2026')],
    why: 'two words with a full-width space',
  },

  // Names with an honorific, in kanji, kana or romaji.
  { query: '松井さん', expect: [person('matsui-sayaka')], why: 'name with さん' },
  { query: 'まついさん', expect: [person('matsui-sayaka')], why: 'reading with さん' },
  { query: '若松様', expect: [person('wakamatsu-nao')], why: 'name with 様' },
  { query: 'matsui-san', expect: [person('matsui-sayaka')], why: 'romaji with -san' },
  { query: '佐々木先生', expect: [person('sasaki-jun')], why: 'a trainer with 先生' },
  { query: '高橋氏', expect: [person('takahashi-rie')], why: 'name with 氏' },
  { query: 'アオキさん', expect: [person('aoki-miho')], why: 'katakana reading with さん' },

  // Typos in long katakana words: small kana, long vowel marks, their order.
  { query: 'コミニュケーション', expect: [guide('osm-junbi')], why: 'ミュニ typed ミニュ' },
  { query: 'シュミレーション', expect: [report('bosai-kunren-kentokai-2026')], why: 'ミュレ typed ュミレ' },
  {
    query: 'グラフィックレコーデング',
    expect: [course('gr-nyumon'), guide('gr-kiroku-no-kotsu')],
    why: 'ディ typed デ',
  },
  {
    query: 'オフサイトミーテング',
    expect: [guide('osm-junbi'), report('wakate-osm-2026')],
    why: 'ティ typed テ',
  },
  { query: 'ワールドカフエ', expect: [report('kosodate-world-cafe-2026')], why: 'small ェ typed large' },
  { query: 'ファシリテータ', expect: [guide('osm-junbi')], why: 'the last ー left out' },
  {
    query: 'オープンスペーステクノロジー',
    expect: [report('jinzai-open-space-2026')],
    why: 'the middle dots left out',
  },
  { query: 'グラフィクレコーディング', expect: [course('gr-nyumon')], why: 'small ッ left out' },
];
