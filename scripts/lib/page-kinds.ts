import { stringify } from 'yaml';
import { minutesOf, type IsoDate } from '../../src/domain/dates';
import type { Handbook } from '../../src/domain/handbook';
import { sortByKana } from '../../src/domain/kana';
import { GUIDE_CATEGORIES } from '../../src/domain/schemas/guides';
import { MATERIAL_KINDS } from '../../src/domain/schemas/materials';
import type { PageCollection } from '../../src/domain/schemas';
import { GUIDE_CATEGORY_LABELS, MATERIAL_KIND_LABELS } from '../../src/domain/views/labels';
import type { Answer, Choice, Field } from './fields';
import { idFromReading } from './page-id';

export interface Context {
  handbook: Handbook;
  /** The date written as `requested` or `updated`. */
  today: IsoDate;
}

export type Answers = Record<string, Answer | undefined>;

/** What `npm run new` can create: its questions, the id it suggests, and the file it writes. */
export interface PageKind {
  name: string;
  collection: PageCollection;
  label: string;
  /** Questions in order; each is built when it is reached, so it can use the answers before it. */
  fields: ((context: Context, answers: Answers) => Field)[];
  suggestId(answers: Answers): string | undefined;
  render(answers: Answers, context: Context): string;
}

const departments = ({ handbook }: Context): Choice[] =>
  handbook.departments.map((d) => ({ value: d.id, label: d.name }));
const methods = ({ handbook }: Context): Choice[] =>
  handbook.methods.map((m) => ({ value: m.id, label: m.name }));
const facilitators = ({ handbook }: Context): Choice[] =>
  sortByKana(handbook.facilitators, (f) => f.kana).map((f) => ({
    value: f.id,
    label: `${f.name}（${f.kana}）`,
  }));
const courses = ({ handbook }: Context): Choice[] =>
  handbook.courses.map((c) => ({ value: c.id, label: c.title }));
const cohorts = ({ handbook }: Context): Choice[] =>
  handbook.cohorts.map((c) => ({
    value: c.id,
    label: `${handbook.courses.find((course) => course.id === c.course)?.title ?? c.course} 第${c.number}回（${c.start}〜）`,
  }));

const text = (key: string, question: string, required = true): Field => ({
  key,
  question,
  type: 'text',
  required,
});
const ids = (values: Answer | undefined) => (Array.isArray(values) && values.length > 0 ? values : undefined);

/** `key: value`, the value written so that YAML reads back exactly what was answered. */
function line(key: string, value: Answer | undefined, comment?: string): string {
  if (value === undefined) return '';
  const written = Array.isArray(value) ? `[${value.join(', ')}]` : stringify(value).trimEnd();
  return `${key}: ${written}${comment ? `  # ${comment}` : ''}\n`;
}

/** A quoted string: times and extensions, which YAML would otherwise read as numbers. */
const quoted = (value: Answer | undefined) => (value === undefined ? undefined : JSON.stringify(value));
const raw = (key: string, value: string | undefined, comment?: string) =>
  value === undefined ? '' : `${key}: ${value}${comment ? `  # ${comment}` : ''}\n`;
/** An optional field left out, shown as a comment so that the author sees it exists. */
const hint = (key: string, example: string, meaning: string) =>
  `# ${key}: ${example}  # ${meaning}（使うときは行頭の「# 」を消す）\n`;

/**
 * The body: an MDX comment (never shown on the page) saying what to write. The content check
 * accepts it, and the site renders it as nothing.
 */
const body = (...guidance: string[]) =>
  `{/*\n${guidance.map((g) => `  ${g}`).join('\n')}\n  見出しは「## 見出し」、箇条書きは「- 項目」と書きます。この注意書きはページに表示されません。\n*/}\n`;

const frontmatter = (lines: string) => `---\n${lines}---\n`;

const profile: PageKind = {
  name: 'profile',
  collection: 'facilitators',
  label: '世話人プロフィール',
  fields: [
    () => text('name', '名前（例: 山田 花子）'),
    () => ({
      key: 'kana',
      question: 'よみがな（ひらがな。例: やまだ はなこ）',
      type: 'kana',
      required: true,
    }),
    (context) => ({
      key: 'department',
      question: '所属の部局',
      type: 'choice',
      required: true,
      choices: departments(context),
    }),
    () => text('unit', '課・室（例: 人事課）', false),
    () => text('title', '職名（例: 主査）', false),
    (context) => ({
      key: 'cohort',
      question: '修了した研修の回',
      type: 'choice',
      required: false,
      choices: cohorts(context),
    }),
    (context) => ({
      key: 'methods',
      question: '実践している手法',
      type: 'choices',
      required: false,
      choices: methods(context),
    }),
    () => ({
      key: 'available',
      question: '他の部局への派遣を受けますか（はい / いいえ）',
      type: 'boolean',
      required: true,
    }),
    () => text('email', '庁内のメールアドレス（プロフィールにだけ表示されます）', false),
    () => text('extension', '内線番号（プロフィールにだけ表示されます）', false),
  ],
  suggestId: (answers) => (typeof answers.kana === 'string' ? idFromReading(answers.kana) : undefined),
  render: (a, { handbook }) =>
    frontmatter(
      line('name', a.name) +
        line('kana', a.kana) +
        line('department', a.department) +
        (a.unit ? line('unit', a.unit) : hint('unit', '人事課', '課・室')) +
        (a.title ? line('title', a.title) : hint('title', '主査', '職名')) +
        (a.cohort
          ? line('cohort', a.cohort)
          : hint('cohort', handbook.cohorts[0]?.id ?? 'osm-2024-3', '修了した研修の回。cohorts.yaml の id')) +
        line('methods', ids(a.methods) ?? [], 'methods.yaml の id') +
        hint('themes', '[人材育成, 業務改善]', '関心のあるテーマ') +
        'dispatch:\n' +
        `  available: ${a.available ? 'true' : 'false'}  # 他の部局への派遣を受けるなら true、受けないなら false\n` +
        '  maxPerQuarter: 2  # 1四半期（3か月）に受ける派遣の上限（0〜12）\n' +
        `  ${hint('timeOfDay', 'afternoon', '行ける時間帯。morning は13時までに終わる回、afternoon は12時以降に始まる回')}` +
        `  ${hint('weekdays', '[mon, tue, wed, thu, fri]', '行ける曜日。書かなければ何曜日でも')}` +
        `  ${hint('unavailableMonths', '[4, 5]', '毎年行けない月')}` +
        `  ${hint('away', '[{ from: 2027-01-01, to: 2027-03-31, note: 育児休業 }]', '不在の期間')}` +
        (a.email || a.extension
          ? 'contact:\n' +
            (a.email ? `  ${line('email', a.email)}` : '') +
            (a.extension ? `  ${raw('extension', quoted(a.extension), '引用符で囲んだまま')}` : '')
          : hint('contact', '{ email: yamada-hanako@pref.example, extension: "1234" }', '庁内の連絡先')),
    ) +
    body(
      'ここから下が自己紹介です。',
      '書くこと: 担当している仕事、世話人として大切にしていること、相談にのれること',
    ),
};

const request: PageKind = {
  name: 'request',
  collection: 'requests',
  label: '派遣依頼',
  fields: [
    () => text('title', '依頼の題名（例: 若手職員のオフサイトミーティング）'),
    (context) => ({
      key: 'department',
      question: '依頼する部局',
      type: 'choice',
      required: true,
      choices: departments(context),
    }),
    (context) => ({
      key: 'host',
      question: '依頼する職場の世話人（host）',
      type: 'choice',
      required: true,
      choices: facilitators(context),
    }),
    () => ({ key: 'date', question: '開催日（YYYY-MM-DD）', type: 'date', required: true }),
    () => ({ key: 'start', question: '開始時刻（HH:MM）', type: 'time', required: true }),
    (_context, answers) => ({
      key: 'end',
      question: '終了時刻（HH:MM）',
      type: 'time',
      required: true,
      validate: (end) =>
        typeof answers.start === 'string' && minutesOf(String(end)) <= minutesOf(answers.start)
          ? `開始時刻 ${answers.start} より後の時刻にしてください`
          : undefined,
    }),
    () => text('place', '開催場所（例: 県庁本館 第5会議室）'),
    () => ({ key: 'participants', question: '参加予定の人数', type: 'integer', required: true, min: 1 }),
    () => ({
      key: 'needed',
      question: '来てほしい世話人の人数',
      type: 'integer',
      required: true,
      min: 1,
      fallback: 1,
    }),
    (context) => ({
      key: 'methods',
      question: '使いたい手法',
      type: 'choices',
      required: false,
      choices: methods(context),
    }),
  ],
  suggestId: (a) =>
    typeof a.department === 'string' && typeof a.date === 'string'
      ? `${a.department}-${a.date.slice(0, 7)}`
      : undefined,
  render: (a, { today }) =>
    frontmatter(
      line('title', a.title) +
        line('department', a.department) +
        line('host', a.host) +
        hint('sponsor', '総務企画部長', 'その職場で場を後押しする人') +
        line('status', 'open', '募集中。決まったら matched、開催後に done') +
        line('requested', today) +
        'sessions:\n' +
        `  - date: ${String(a.date)}\n    start: ${quoted(a.start)}\n    end: ${quoted(a.end)}\n    ${line('place', a.place)}` +
        line('participants', a.participants) +
        hint('groups', '4', '小グループの数') +
        line('needed', a.needed) +
        line('methods', ids(a.methods) ?? []) +
        line('volunteers', [], '手を挙げた世話人の id') +
        line('assigned', [], '派遣が決まった世話人の id') +
        line('approval', 'pending', '公務として承認されたら approved'),
    ) +
    body(
      'ここから下が依頼の内容です。',
      '書くこと: どんな場にしたいか、いまの職場の様子、世話人にお願いしたいこと',
    ),
};

const report: PageKind = {
  name: 'report',
  collection: 'reports',
  label: '開催報告',
  fields: [
    ({ handbook }) => ({
      key: 'request',
      question: 'どの派遣依頼の報告ですか',
      type: 'choice',
      required: false,
      choices: handbook.requests.map((r) => ({ value: r.id, label: r.title })),
    }),
    ({ handbook }, a) => ({
      ...text('title', '報告の題名'),
      fallback: handbook.requests.find((r) => r.id === a.request)?.title.concat(' 報告'),
    }),
    (context, a) => ({
      key: 'department',
      question: '開催した部局',
      type: 'choice',
      required: true,
      choices: departments(context),
      fallback: context.handbook.requests.find((r) => r.id === a.request)?.department,
    }),
    ({ handbook }, a) => ({
      key: 'date',
      question: '開催日（YYYY-MM-DD）',
      type: 'date',
      required: true,
      fallback: handbook.requests.find((r) => r.id === a.request)?.sessions.at(-1)?.date,
    }),
    (context, a) => ({
      key: 'facilitators',
      question: '進行した世話人',
      type: 'choices',
      required: true,
      choices: facilitators(context),
      fallback: ids(context.handbook.requests.find((r) => r.id === a.request)?.assigned),
    }),
    () => ({ key: 'participants', question: '参加した人数', type: 'integer', required: true, min: 0 }),
    (context, a) => ({
      key: 'methods',
      question: '使った手法',
      type: 'choices',
      required: false,
      choices: methods(context),
      fallback: ids(context.handbook.requests.find((r) => r.id === a.request)?.methods),
    }),
  ],
  suggestId: (a) =>
    typeof a.request === 'string'
      ? `${a.request}-houkoku`
      : typeof a.department === 'string' && typeof a.date === 'string'
        ? `${a.department}-${a.date}`
        : undefined,
  render: (a) =>
    frontmatter(
      (a.request ? line('request', a.request) : '') +
        line('title', a.title) +
        line('department', a.department) +
        line('date', a.date) +
        line('facilitators', a.facilitators) +
        line('participants', a.participants) +
        line('methods', ids(a.methods) ?? []) +
        hint('outcomes', '[若手の勉強会を月1回開く]', 'その場で生まれたこと') +
        hint('followUp', '{ date: 2027-01-15, note: 次回の日程を決める }', '次の一歩と、その日付'),
    ) + body('ここから下が報告です。', '書くこと: 当日の流れ、場の様子、出てきたこと、次にすること'),
};

const guide: PageKind = {
  name: 'guide',
  collection: 'guides',
  label: '実践ガイド',
  fields: [
    () => text('title', 'ガイドの題名'),
    () => text('summary', '一行の要約'),
    () => ({
      key: 'category',
      question: '分類',
      type: 'choice',
      required: true,
      choices: GUIDE_CATEGORIES.map((c) => ({ value: c, label: GUIDE_CATEGORY_LABELS[c] })),
    }),
    (context) => ({
      key: 'authors',
      question: '書いた世話人',
      type: 'choices',
      required: false,
      choices: facilitators(context),
    }),
    (context) => ({
      key: 'methods',
      question: '関係する手法',
      type: 'choices',
      required: false,
      choices: methods(context),
    }),
  ],
  suggestId: () => undefined,
  render: (a, { today }) =>
    frontmatter(
      line('title', a.title) +
        line('summary', a.summary) +
        line('category', a.category) +
        line('methods', ids(a.methods) ?? []) +
        line('authors', ids(a.authors) ?? []) +
        hint('groupSize', '{ min: 4, max: 10 }', '想定する人数') +
        hint('duration', '90', '所要時間（分）') +
        line('updated', today, '書き直したら日付も変える'),
    ) +
    body(
      'ここから下がガイドの本文です。',
      '書くこと: どんなときに使うか、手順、うまくいくコツ、つまずきやすいところ',
    ),
};

const material: PageKind = {
  name: 'material',
  collection: 'materials',
  label: '講座資料',
  fields: [
    (context) => ({
      key: 'course',
      question: 'どの研修講座の資料ですか',
      type: 'choice',
      required: true,
      choices: courses(context),
    }),
    () => text('title', '資料の題名（例: 1日目 スライド）'),
    () => ({
      key: 'kind',
      question: '資料の種類',
      type: 'choice',
      required: true,
      choices: MATERIAL_KINDS.map((k) => ({ value: k, label: MATERIAL_KIND_LABELS[k] })),
    }),
    () => ({ key: 'session', question: '何日目の資料ですか', type: 'integer', required: false, min: 1 }),
  ],
  suggestId: (a) =>
    typeof a.course === 'string' && typeof a.kind === 'string'
      ? `${a.course}${typeof a.session === 'number' ? `-day${a.session}` : ''}-${a.kind}`
      : undefined,
  render: (a, { today }) =>
    frontmatter(
      line('title', a.title) +
        line('course', a.course) +
        line('session', a.session) +
        line('kind', a.kind) +
        'files: []  # ファイルは public/materials/ に置き、ここに書く\n' +
        `# files:\n#   - path: materials/${String(a.course)}/day1-slides.pdf\n#     label: スライド（PDF）\n` +
        line('updated', today),
    ) + body('ここから下が資料の説明です。', '書くこと: 何に使う資料か、講座のどこで使うか'),
};

export const PAGE_KINDS: readonly PageKind[] = [profile, request, report, guide, material];

/** A kind by its name (`profile`) or its folder (`facilitators`). */
export function findKind(name: string): PageKind | undefined {
  return PAGE_KINDS.find((kind) => kind.name === name || kind.collection === name);
}
