/** Words of a synthetic prefectural handbook: names, departments, methods, courses, themes. */

/** [written, reading, romaji] */
export type Name = readonly [string, string, string];

export const FAMILY_NAMES: readonly Name[] = [
  ['佐藤', 'さとう', 'sato'],
  ['鈴木', 'すずき', 'suzuki'],
  ['高橋', 'たかはし', 'takahashi'],
  ['田中', 'たなか', 'tanaka'],
  ['伊藤', 'いとう', 'ito'],
  ['渡辺', 'わたなべ', 'watanabe'],
  ['山本', 'やまもと', 'yamamoto'],
  ['中村', 'なかむら', 'nakamura'],
  ['小林', 'こばやし', 'kobayashi'],
  ['加藤', 'かとう', 'kato'],
  ['吉田', 'よしだ', 'yoshida'],
  ['山田', 'やまだ', 'yamada'],
  ['佐々木', 'ささき', 'sasaki'],
  ['山口', 'やまぐち', 'yamaguchi'],
  ['松本', 'まつもと', 'matsumoto'],
  ['井上', 'いのうえ', 'inoue'],
  ['木村', 'きむら', 'kimura'],
  ['林', 'はやし', 'hayashi'],
  ['斎藤', 'さいとう', 'saito'],
  ['清水', 'しみず', 'shimizu'],
  ['山崎', 'やまざき', 'yamazaki'],
  ['森', 'もり', 'mori'],
  ['池田', 'いけだ', 'ikeda'],
  ['橋本', 'はしもと', 'hashimoto'],
  ['阿部', 'あべ', 'abe'],
  ['石川', 'いしかわ', 'ishikawa'],
  ['山下', 'やました', 'yamashita'],
  ['中島', 'なかじま', 'nakajima'],
  ['石井', 'いしい', 'ishii'],
  ['小川', 'おがわ', 'ogawa'],
  ['前田', 'まえだ', 'maeda'],
  ['岡田', 'おかだ', 'okada'],
  ['長谷川', 'はせがわ', 'hasegawa'],
  ['藤田', 'ふじた', 'fujita'],
  ['後藤', 'ごとう', 'goto'],
  ['近藤', 'こんどう', 'kondo'],
  ['村上', 'むらかみ', 'murakami'],
  ['遠藤', 'えんどう', 'endo'],
  ['青木', 'あおき', 'aoki'],
  ['坂本', 'さかもと', 'sakamoto'],
  ['斉藤', 'さいとう', 'saito'],
  ['福田', 'ふくだ', 'fukuda'],
  ['太田', 'おおた', 'ota'],
  ['西村', 'にしむら', 'nishimura'],
  ['藤井', 'ふじい', 'fujii'],
  ['金子', 'かねこ', 'kaneko'],
  ['岡本', 'おかもと', 'okamoto'],
  ['藤原', 'ふじわら', 'fujiwara'],
  ['中野', 'なかの', 'nakano'],
  ['三浦', 'みうら', 'miura'],
  ['原田', 'はらだ', 'harada'],
  ['松田', 'まつだ', 'matsuda'],
  ['竹内', 'たけうち', 'takeuchi'],
  ['小野', 'おの', 'ono'],
  ['田村', 'たむら', 'tamura'],
  ['中山', 'なかやま', 'nakayama'],
  ['和田', 'わだ', 'wada'],
  ['石田', 'いしだ', 'ishida'],
  ['上田', 'うえだ', 'ueda'],
  ['森田', 'もりた', 'morita'],
  ['土橋', 'どばし', 'dobashi'],
  ['若松', 'わかまつ', 'wakamatsu'],
  ['浜田', 'はまだ', 'hamada'],
  ['松井', 'まつい', 'matsui'],
];

export const GIVEN_NAMES: readonly Name[] = [
  ['花子', 'はなこ', 'hanako'],
  ['美穂', 'みほ', 'miho'],
  ['健二', 'けんじ', 'kenji'],
  ['由美', 'ゆみ', 'yumi'],
  ['拓海', 'たくみ', 'takumi'],
  ['理恵', 'りえ', 'rie'],
  ['大地', 'だいち', 'daichi'],
  ['彩', 'あや', 'aya'],
  ['翔太', 'しょうた', 'shota'],
  ['直', 'なお', 'nao'],
  ['さやか', 'さやか', 'sayaka'],
  ['健', 'けん', 'ken'],
  ['純', 'じゅん', 'jun'],
  ['陽子', 'ようこ', 'yoko'],
  ['誠', 'まこと', 'makoto'],
  ['恵', 'めぐみ', 'megumi'],
  ['浩', 'ひろし', 'hiroshi'],
  ['真由美', 'まゆみ', 'mayumi'],
  ['大輔', 'だいすけ', 'daisuke'],
  ['裕子', 'ゆうこ', 'yuko'],
  ['和也', 'かずや', 'kazuya'],
  ['智子', 'ともこ', 'tomoko'],
  ['隆', 'たかし', 'takashi'],
  ['久美子', 'くみこ', 'kumiko'],
  ['剛', 'つよし', 'tsuyoshi'],
  ['明美', 'あけみ', 'akemi'],
  ['修', 'おさむ', 'osamu'],
  ['千尋', 'ちひろ', 'chihiro'],
  ['亮', 'りょう', 'ryo'],
  ['舞', 'まい', 'mai'],
  ['悠斗', 'ゆうと', 'yuto'],
  ['結衣', 'ゆい', 'yui'],
  ['蓮', 'れん', 'ren'],
  ['葵', 'あおい', 'aoi'],
  ['颯太', 'そうた', 'sota'],
  ['美咲', 'みさき', 'misaki'],
  ['哲也', 'てつや', 'tetsuya'],
  ['典子', 'のりこ', 'noriko'],
  ['秀樹', 'ひでき', 'hideki'],
  ['早苗', 'さなえ', 'sanae'],
  ['勇気', 'ゆうき', 'yuki'],
  ['光', 'ひかる', 'hikaru'],
  ['学', 'まなぶ', 'manabu'],
  ['香織', 'かおり', 'kaori'],
  ['達也', 'たつや', 'tatsuya'],
  ['奈々', 'なな', 'nana'],
  ['正樹', 'まさき', 'masaki'],
  ['綾乃', 'あやの', 'ayano'],
];

export interface DepartmentSeed {
  id: string;
  name: string;
  kind: 'bureau' | 'regional' | 'office';
  parent?: string;
  region?: string;
  /** Units (課・室) where its facilitators work. */
  units: readonly string[];
}

export const REGIONS = ['北部', '中部', '南部', '東部', '西部'] as const;

const BUREAUS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['somu', '総務部', ['人事課', '行政改革推進課', '財政課', '法務・文書課']],
  ['seisaku-kikaku', '政策企画部', ['企画調整課', '広報広聴課', '統計課']],
  ['chiiki-renkei', '地域連携部', ['市町村課', '地域づくり推進課', '交通政策課']],
  ['bosai-taisaku', '防災対策部', ['防災企画課', '災害対策課', '消防・保安課']],
  ['kankyo-seikatsu', '環境生活部', ['環境共生課', '廃棄物対策課', 'くらし・交通安全課']],
  ['kenko-fukushi', '健康福祉部', ['健康推進課', '長寿介護課', '障がい福祉課', '医療政策課']],
  ['kodomo-fukushi', '子ども・福祉部', ['子育て支援課', '少子化対策課', '児童相談支援課']],
  ['noringyo', '農林水産部', ['農業振興課', '森林・林業経営課', '水産振興課']],
  ['koyo-keizai', '雇用経済部', ['商工振興課', '観光政策課', '雇用対策課']],
  ['kendo-seibi', '県土整備部', ['道路企画課', '河川課', '都市政策課', '建築開発課']],
  ['kaikei', '出納局', ['会計支援課']],
  ['kyoiku', '教育委員会事務局', ['教職員課', '学校教育課', '社会教育・文化財保護課']],
  ['keisatsu-somu', '警察本部総務部', ['警務課', '広報県民課']],
  ['byoin', '病院事業庁', ['県立病院課']],
  ['kigyo', '企業庁', ['水道事業課', '電気事業課']],
  ['gikai', '議会事務局', ['議事課', '政策法務課']],
  ['kansa', '監査委員事務局', ['監査第一課']],
  ['jinji-iinkai', '人事委員会事務局', ['職員課']],
  ['digital', 'デジタル推進局', ['デジタル改革推進課', '情報システム課']],
  ['kokusai', '国際戦略局', ['国際交流課', '多文化共生課']],
  ['sports-bunka', 'スポーツ・文化局', ['スポーツ推進課', '文化振興課']],
  ['senkyo', '選挙管理委員会', ['選挙課']],
];

const OFFICES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['jinzai-center', '職員研修センター', ['研修企画課']],
  ['kankyo-kenkyujo', '環境保健研究所', ['企画調整室', '衛生研究課']],
  ['nogyo-kenkyujo', '農業研究所', ['企画情報室']],
];

/** Regional offices: [bureau id, office stem, office name stem]; one per region for each. */
const REGIONAL: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ['chiiki-renkei', 'chiiki', '地域防災総合事務所', ['地域調整防災室', '総務・管理室']],
  ['kenko-fukushi', 'hokenjo', '保健所', ['健康増進課', '衛生指導課']],
  ['kendo-seibi', 'kensetsu', '建設事務所', ['事業推進室', '維持管理課']],
];
const REGION_IDS: Record<(typeof REGIONS)[number], string> = {
  北部: 'hokubu',
  中部: 'chubu',
  南部: 'nanbu',
  東部: 'tobu',
  西部: 'seibu',
};

/** 40 departments: 22 bureaus, 3 other bodies, 15 regional offices under three bureaus. */
export const DEPARTMENTS: readonly DepartmentSeed[] = [
  ...BUREAUS.map(([id, name, units]): DepartmentSeed => ({ id, name, kind: 'bureau', units })),
  ...OFFICES.map(([id, name, units]): DepartmentSeed => ({ id, name, kind: 'office', units })),
  ...REGIONAL.flatMap(([parent, stem, name, units]) =>
    REGIONS.map((region): DepartmentSeed => ({
      id: `${REGION_IDS[region]}-${stem}`,
      name: `${region}${name}`,
      kind: 'regional',
      parent,
      region,
      units,
    })),
  ),
];

export const METHODS: ReadonlyArray<readonly [string, string, string]> = [
  ['osm', 'オフサイトミーティング', '立場を離れて、気楽にまじめな話をする少人数の対話'],
  ['world-cafe', 'ワールドカフェ', 'テーブルを移りながら一つの問いで対話をつなぐ'],
  ['graphic-recording', 'グラフィックレコーディング', '話し合いをその場で絵と言葉に描き出す'],
  ['kj-method', 'KJ法', '付箋に書いた意見を似たものどうしでまとめて構造にする'],
  ['open-space', 'オープン・スペース・テクノロジー', '参加者が自ら議題を出し、関心のある場に集まる'],
  ['appreciative-inquiry', 'アプリシエイティブ・インクワイアリー', 'うまくいった経験から強みと未来像を描く'],
  ['fishbowl', 'フィッシュボウル', '内側の輪が話し、外側の輪が聴いて交代する'],
  ['future-search', 'フューチャーサーチ', '関係者全員で過去・現在・未来を共有し行動計画をつくる'],
  ['pro-action-cafe', 'プロアクションカフェ', '問いの持ち主を囲み、次の一歩を一緒に考える'],
  ['dialogue-walk', 'ダイアログウォーク', '二人一組で歩きながら問いについて話す'],
  ['lego-serious-play', 'レゴ・シリアスプレイ', 'ブロックで考えを形にして語り合う'],
  ['furikaeri', 'ふりかえり（KPT）', '続けること・問題・試すことを出し合う'],
];

export const COURSES: ReadonlyArray<readonly [string, string, string]> = [
  ['taiwa-kiso', '対話の場づくり基礎講座', '職場で対話の場を開く世話人を育てる、3日間の基礎講座'],
  ['gr-nyumon', 'グラフィックレコーディング入門', '話し合いを描いて残す技法を2日間で学ぶ'],
  ['facilitation-jissen', 'ファシリテーション実践講座', '会議の進行と合意形成を実際の議題で練習する'],
  ['sponsor-kenshu', 'スポンサー研修', '管理職が職場の対話を後押しする役割を学ぶ'],
  ['osm-sewanin', 'オフサイトミーティング世話人養成講座', 'オフサイトミーティングの世話人になるための講座'],
  ['mondai-kaiketsu', '問題解決と業務改善の手法', 'KJ法や特性要因図で職場の課題を整理する'],
  ['chiiki-taiwa', '地域との対話講座', '住民や団体と対話の場をつくる方法を学ぶ'],
  ['wakate-network', '若手職員ネットワーク講座', '部局を越えた若手のつながりをつくる'],
  ['coaching-kiso', 'コーチング基礎', '問いかけと傾聴で相手の考えを引き出す'],
  ['furikaeri-kenshu', 'ふりかえりの技法', 'チームで学びを次につなげるふりかえりを身につける'],
  ['online-taiwa', 'オンライン対話の進め方', 'Web会議で対話の場をつくる工夫を学ぶ'],
  ['kanrisha-taiwa', '管理職のための対話講座', '部下との対話を通じて職場を変える'],
  ['shinnin-kenshu', '新任世話人研修', '登録したばかりの世話人が実践の基本を確かめる'],
  ['senpai-kenshu', '先輩世話人研修', '後輩を支える先輩世話人の役割を学ぶ'],
  ['design-thinking', 'デザイン思考入門', '利用者の視点で施策を考える'],
  ['data-taiwa', 'データを囲む対話', '統計やデータを材料に職場で話し合う'],
  ['kenmin-sanka', '県民参加のワークショップ', '県民参加の場を企画し運営する'],
  ['bosai-taiwa', '防災と対話', '災害への備えを地域と話し合う'],
  ['kodomo-taiwa', '子どもの声を聴く場づくり', '子どもや若者の意見を施策に生かす'],
  ['kenshu-kaizen', '研修講師養成講座', '職場で研修を企画し講師をつとめる'],
];

export const THEMES = [
  '業務改善',
  '人材育成',
  '働き方改革',
  '地域づくり',
  '子育て支援',
  '防災',
  '若手職員',
  '部局連携',
  'DX推進',
  '職場の風通し',
  '住民参加',
  '健康づくり',
  '観光振興',
  '多文化共生',
  '環境',
  '新任研修',
] as const;

export const TITLES = [
  '主事',
  '主任',
  '主査',
  '主幹',
  '課長補佐',
  '班長',
  '係長',
  '副参事',
  '技師',
  '保健師',
] as const;

export const PLACES = [
  '本庁舎 大会議室',
  '本庁舎 5階 第2会議室',
  '講堂',
  '研修室A',
  '地域交流センター 多目的室',
  '合同庁舎 3階 会議室',
  '県民ホール 小ホール',
  '防災センター 研修室',
] as const;

export const SPONSORS = ['次長', '課長', '所長', '副部長', '室長', '総括課長'] as const;

export const GUIDE_TOPICS = [
  '問いのつくり方',
  '場の始め方と終わり方',
  'スポンサーとの事前打ち合わせ',
  '記録の残し方',
  '少人数での進行',
  '大人数での進行',
  'オンラインでの工夫',
  '沈黙が続いたとき',
  '対立が起きたとき',
  '会場づくり',
  'チェックインとチェックアウト',
  '付箋の使い方',
  '派遣を依頼するとき',
  '派遣されたとき',
  'ふりかえりの進め方',
  '職場で続けるために',
  '初めての世話人へ',
  '先輩世話人の関わり方',
  '管理職に伝えるとき',
  '報告の書き方',
] as const;
