import type { Random } from './random';

/** What a sentence may mention. */
export interface ProseContext {
  method: string;
  department: string;
  theme: string;
  place: string;
}

type Sentence = (c: ProseContext, r: Random) => string;

// Sentences in the voice of profiles, requests, reports and guides. No braces or angle
// brackets: the same files must also compile as MDX in the plain-Astro baseline.
const SENTENCES: readonly Sentence[] = [
  (c) => `${c.department}では、${c.theme}をテーマに職員どうしで話し合う時間を少しずつ増やしてきました。`,
  (c) => `${c.method}は、肩書きを脇に置いて話せる雰囲気をつくるのに向いています。`,
  (c, r) => `参加者は${r.int(6, 40)}人で、${r.int(2, 6)}つのグループに分かれて話しました。`,
  () => '最初の問いは、誰でも答えられるものにしました。',
  () => '会議では出てこない本音や小さなアイデアが、休憩時間の雑談から生まれることがあります。',
  (c) => `会場は${c.place}で、机を島型に並べ替えて使いました。`,
  () => '終わったあとのふりかえりで、次に試したいことを一人ひとつずつ書いてもらいました。',
  (c) => `${c.theme}について、部局を越えて話せる場がほしいという声が以前からありました。`,
  () => '進行役は話の中身に口を出さず、時間と問いを守ることに徹しました。',
  () => '付箋に書いた意見を模造紙に貼り、似たものどうしを近くに寄せていきました。',
  (c, r) => `前回から${r.int(2, 11)}か月がたち、職場で続けてきた取り組みの様子を持ち寄りました。`,
  () => '若手職員からは、上司に相談しにくいという悩みが率直に語られました。',
  () => '管理職の参加者が最後まで聴く側に回ったことで、場の空気がやわらぎました。',
  (c) => `${c.method}の経験がある世話人に来ていただけると、準備の段階から相談できて心強いです。`,
  () => '日程は業務の繁忙期を避け、午後の早い時間に設定しました。',
  () => '話し合いの記録は、その場で描いた絵と要点のメモを合わせて関係者に共有しました。',
  (c) => `${c.department}の担当者と事前に打ち合わせをし、ねらいと当日の流れを確かめました。`,
  () => '最初の15分は自己紹介をかねたチェックインにあてました。',
  () => '「この一年でうれしかったこと」から話し始めると、表情が明るくなりました。',
  () => '意見が対立した場面では、それぞれの背景にある思いを言葉にしてもらいました。',
  (c) => `${c.theme}の取り組みを、現場の声から組み立て直したいと考えています。`,
  () => '一度で終わらせず、同じ時間帯に定期的に開くことが大切だと感じました。',
  () => '参加者アンケートでは、ほとんどの人が「また参加したい」と答えました。',
  () => '次回は、今回話せなかった人の声を拾うために少人数の回を設けます。',
  (c, r) => `当日は${r.int(2, 4)}人の世話人が入り、進行と記録を分担しました。`,
  () => '休憩を長めにとったことで、グループを越えた会話が自然に生まれました。',
  (c) => `${c.method}を初めて体験した人が多く、最初は戸惑う様子も見られました。`,
  () => 'まとめの時間には、各グループの代表が話し合いの流れを紹介しました。',
  () => '事前にスポンサーと話し、出てきた意見をどう扱うかを決めておきました。',
  () => '決めることが目的ではなく、お互いを知ることが目的だと最初に伝えました。',
  (c) => `今後は${c.department}の中で世話人を育て、自分たちで場を開けるようにしたいと考えています。`,
  () => '業務の合間に無理なく参加できるよう、開始時刻を柔軟にしました。',
  () => '話し合いの終わりに、明日から職場でできる小さな一歩を宣言してもらいました。',
  () => '記録係を決めておくと、進行役が話を聴くことに集中できます。',
  (c, r) => `${r.int(2019, 2026)}年度から続けている取り組みで、参加者は少しずつ増えています。`,
  () => '問いは一つに絞り、模造紙の真ん中に大きく書いておきました。',
  () => 'オンラインの参加者には、チャットで意見を書き込んでもらいました。',
  (c) => `${c.theme}に関心のある職員が、部局を問わず集まりました。`,
  () => '開催後、参加者の何人かが自分の職場で同じような場を開き始めています。',
  () => '職場の課題を出し合う前に、まず職場のよいところを出し合いました。',
  () => '時間が足りなくなったため、最後の問いは次回に持ち越しました。',
  () => '進行の途中で問いを言い換えると、話が具体的になりました。',
  (c) => `地域の関係者にも声をかけ、${c.place}で開きました。`,
  () => '終了後には世話人どうしで、うまくいったことと難しかったことを話し合いました。',
];

const HEADINGS = [
  'ねらい',
  '当日の流れ',
  '出てきた声',
  'うまくいったこと',
  '難しかったこと',
  '次に向けて',
  '準備',
  '進め方',
  '気をつけること',
  'ふりかえり',
  '背景',
  'お願いしたいこと',
];
const LIST_ITEMS = [
  '問いを一つに絞る',
  '開始と終了の時刻を守る',
  '記録係を決めておく',
  '休憩を長めにとる',
  '付箋とペンを人数分用意する',
  '机を島型に並べる',
  'スポンサーと事前に話す',
  '参加者に目的を伝える',
  '終わりにふりかえりをする',
  '記録を共有する',
  '次回の日程を決める',
  '話しやすい雰囲気をつくる',
];
const PROGRAM = [
  'チェックイン',
  'ねらいの共有',
  'グループでの対話',
  '休憩',
  '全体共有',
  'ふりかえり',
  'チェックアウト',
  '問いの説明',
  '意見の整理',
  '次の一歩の宣言',
];

/** A paragraph of `sentences` sentences. */
function paragraph(c: ProseContext, r: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => r.pick(SENTENCES)(c, r)).join('');
}

/** A GFM table: a session's programme with times and who leads each part. */
export function programmeTable(r: Random): string {
  let minutes = 13 * 60 + 30;
  const rows = r.some(PROGRAM, 4, 7).map((part) => {
    const start = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
    minutes += r.pick([10, 15, 20, 30, 45]);
    return `| ${start} | ${part} | ${r.pick(['進行役', '記録係', '全員', 'スポンサー', '世話人'])} |`;
  });
  return ['| 時刻 | 内容 | 担当 |', '| --- | --- | --- |', ...rows].join('\n');
}

export interface BodyShape {
  /** Rough length in characters. */
  length: [number, number];
  /** Chance of sections with headings. */
  headings: number;
  /** Chance of a table. */
  table: number;
  /** Chance of a list (sometimes a task list). */
  list: number;
  /** Chance of a footnote. */
  footnote: number;
}

/** A Markdown body of Japanese prose shaped like `shape`, ending with the given link lines. */
export function body(c: ProseContext, r: Random, shape: BodyShape, links: string[] = []): string {
  const target = r.int(...shape.length);
  const blocks: string[] = [];
  let length = 0;
  const withHeadings = r.chance(shape.headings);
  const headings = r.some(HEADINGS, 2, 6);
  let table = r.chance(shape.table);
  let list = r.chance(shape.list);
  let footnote = r.chance(shape.footnote);
  while (length < target) {
    if (withHeadings && headings.length > 0 && (blocks.length === 0 || r.chance(0.35)))
      blocks.push(`## ${headings.shift()}`);
    const text = paragraph(c, r, r.int(2, 5));
    if (footnote) {
      blocks.push(`${text}[^1]`, `[^1]: ${r.pick(SENTENCES)(c, r)}`);
      footnote = false;
    } else {
      blocks.push(text);
    }
    length += text.length;
    if (table && length > target / 3) {
      blocks.push(programmeTable(r));
      table = false;
    }
    if (list && length > target / 2) {
      const task = r.chance(0.3);
      blocks.push(
        r
          .some(LIST_ITEMS, 3, 6)
          .map((item) => (task ? `- [${r.chance(0.5) ? 'x' : ' '}] ${item}` : `- ${item}`))
          .join('\n'),
      );
      list = false;
    }
  }
  if (links.length > 0) blocks.push(links.map((link) => `- ${link}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
