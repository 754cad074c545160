import { z } from 'zod';
import { idListSchema, idSchema } from '../ids';
import { isHiraganaReading } from '../kana';
import { ROLE_LABELS, TIME_OF_DAY_LABELS, WEEKDAY_LABELS } from '../views/labels';
import { dateSchema, tagListSchema, textSchema } from './shared';

export const ROLES = ['facilitator', 'senior', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export const TIMES_OF_DAY = ['any', 'morning', 'afternoon'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
/** Days of the week as written in content, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** No value twice in a list: `[5, 5]` is a slip, said where it is. */
function noRepeats<T>(values: readonly T[], ctx: z.RefinementCtx): void {
  const seen = new Set<T>();
  values.forEach((value, index) => {
    if (seen.has(value))
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `${String(value)} が2回書かれています。1回だけにしてください`,
      });
    seen.add(value);
  });
}

/** A dated absence: 育児休業, 長期研修 … */
export const awaySchema = z
  .strictObject({
    /** First day away. Required. */
    from: dateSchema.meta({ title: '不在の初日' }),
    /** Last day away, not before `from`. Required. */
    to: dateSchema.meta({ title: '不在の最終日' }),
    /** Why, in a few words (育児休業); shown as the reason they are not suggested. */
    note: textSchema.optional().meta({ title: '不在の理由（例: 育児休業）' }),
  })
  .superRefine((away, ctx) => {
    if (away.to < away.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `最終日 ${away.to} が初日 ${away.from} より前です。from 以降の日付にしてください`,
      });
    }
  });

export type Away = z.output<typeof awaySchema>;

/**
 * Whether, how often, where and when a facilitator can be dispatched to other departments.
 * Every field but `note` is a hard rule of the suggestions and of the directory's month view.
 */
export const dispatchSchema = z.strictObject({
  /** Can be dispatched to other departments at all. Required. */
  available: z.boolean({ error: 'true（派遣可）か false（派遣不可）を書いてください' }).meta({
    title: '他の部局への派遣を受ける',
    description: '受けるなら true、受けないなら false',
  }),
  /** Dispatches per fiscal quarter, 0–12. Default 2. */
  maxPerQuarter: z
    .number({ error: '0〜12 の整数を書いてください' })
    .int({ error: '0〜12 の整数を書いてください' })
    .min(0, { error: '0〜12 の整数を書いてください' })
    .max(12, { error: '0〜12 の整数を書いてください' })
    .meta({ title: '1四半期（3か月）に受ける派遣の上限', description: '0〜12' })
    .default(2),
  /** Regions they can travel to; absent means anywhere. */
  regions: z
    .array(textSchema)
    .meta({ title: '行ける地域', description: '書かなければどこでも', examples: [['中勢', '南勢']] })
    .optional(),
  /** A condition in their own words, e.g. 月末は避けたい: shown beside their name, never a rule. */
  note: textSchema.meta({ title: '派遣についてのひとこと', examples: ['月末は避けたい'] }).optional(),
  /**
   * Sessions they can take: `morning` = ending by 13:00, `afternoon` = starting at 12:00 or
   * later, `any` (the default) = all.
   */
  timeOfDay: z
    .enum(TIMES_OF_DAY, {
      error: 'any（時間帯を問わない）・morning（午前のみ）・afternoon（午後のみ）のいずれかを書いてください',
    })
    .meta({
      title: '行ける時間帯',
      description: 'morning は13時までに終わる回、afternoon は12時以降に始まる回',
      labels: TIME_OF_DAY_LABELS,
    })
    .default('any'),
  /** Days of the week they can go, e.g. `[mon, wed]`; absent means any day. */
  weekdays: z
    .array(
      z.enum(WEEKDAYS, {
        error: 'mon・tue・wed・thu・fri・sat・sun（月〜日）のいずれかを書いてください',
      }),
    )
    .min(1, {
      error: '行ける曜日を1つ以上書いてください（どの曜日でもよいなら weekdays を書かないでください）',
    })
    .superRefine(noRepeats)
    .meta({ title: '行ける曜日', description: '書かなければ何曜日でも', labels: WEEKDAY_LABELS })
    .optional(),
  /** Months (1–12) they cannot go, every year: 出納整理期間, 漁期 … */
  unavailableMonths: z
    .array(
      z
        .number({ error: '1〜12 の整数（月）を書いてください' })
        .int({ error: '1〜12 の整数（月）を書いてください' })
        .min(1, { error: '1〜12 の整数（月）を書いてください' })
        .max(12, { error: '1〜12 の整数（月）を書いてください' }),
    )
    .superRefine(noRepeats)
    .meta({ title: '毎年行けない月', examples: [[4, 5]] })
    .optional(),
  /** Dated absences (育児休業, 長期研修), each `{from, to, note?}`. */
  away: z
    .array(awaySchema)
    .meta({ title: '不在の期間', examples: [[{ from: '2027-01-01', to: '2027-03-31', note: '育児休業' }]] })
    .optional(),
});

/** Internal contact: shown on the profile only, never indexed or exported. */
export const contactSchema = z.strictObject({
  email: textSchema
    .meta({
      title: '庁内のメールアドレス',
      description: 'プロフィールにだけ表示されます',
      input: 'email',
      examples: ['yamada-hanako@pref.example'],
    })
    .optional(),
  /** Quoted, so that a leading zero survives YAML: "0123". */
  extension: z
    .string({ error: '内線番号を "0123" のように引用符で囲んで書いてください' })
    .trim()
    .min(1)
    .meta({ title: '内線番号', description: 'プロフィールにだけ表示されます', examples: ['1234'] })
    .optional(),
});

/** Frontmatter of `content/facilitators/<id>.mdx`, a 世話人プロフィール. */
export const facilitatorSchema = z.strictObject({
  /** Full name, e.g. 山田 花子. Required. */
  name: textSchema.meta({ title: '名前', examples: ['山田 花子'] }),
  /** Reading in hiragana, e.g. やまだ はなこ: sort order and search. Required. */
  kana: z
    .string({ error: 'よみがなをひらがなで書いてください（例: やまだ はなこ）' })
    .refine(isHiraganaReading, { error: 'よみがなはひらがなだけで書いてください（例: やまだ はなこ）' })
    .meta({ title: 'よみがな（ひらがな）', input: 'kana', examples: ['やまだ はなこ'] }),
  /** Their department. Required. */
  department: idSchema.meta({ title: '所属の部局', ref: 'departments' }),
  /** 課・室 */
  unit: textSchema.meta({ title: '課・室', examples: ['人事課'] }).optional(),
  /** Job title, e.g. 主査. */
  title: textSchema.meta({ title: '職名', examples: ['主査'] }).optional(),
  /** The course run they graduated from; absent for those who learned elsewhere. */
  cohort: idSchema
    .meta({ title: '修了した研修の回', description: '研修以外で学んだ人は書かない', ref: 'cohorts' })
    .optional(),
  /** 世話人 / 先輩世話人 / 講師. Default `[facilitator]`. */
  roles: z
    .array(z.enum(ROLES, { error: 'facilitator・senior・trainer のいずれかを書いてください' }))
    .meta({ title: '役割', labels: ROLE_LABELS })
    .default(['facilitator']),
  /** Methods they practise (ids of `methods.yaml`). */
  methods: idListSchema.meta({ title: '実践している手法', ref: 'methods' }).default([]),
  /** Free tags: 人材育成, 業務改善 … */
  themes: tagListSchema.meta({ title: '関心のあるテーマ', examples: [['人材育成', '業務改善']] }),
  /** Active since. */
  since: dateSchema.meta({ title: '世話人として活動を始めた日' }).optional(),
  /** Dispatch to other departments. Required. */
  dispatch: dispatchSchema.meta({ title: '派遣' }),
  /** Internal contact. */
  contact: contactSchema.meta({ title: '連絡先（庁内）' }).optional(),
});

export type FacilitatorData = z.output<typeof facilitatorSchema>;
