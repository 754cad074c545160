import { z } from 'zod';
import { idListSchema, idSchema } from '../ids';
import { isHiraganaReading } from '../kana';
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
  available: z
    .boolean({ error: 'true（派遣可）か false（派遣不可）を書いてください' })
    .meta({ title: '他の部局への派遣を受けるか' }),
  /** Dispatches per fiscal quarter, 0–12. Default 2. */
  maxPerQuarter: z
    .number({ error: '0〜12 の整数を書いてください' })
    .int({ error: '0〜12 の整数を書いてください' })
    .min(0, { error: '0〜12 の整数を書いてください' })
    .max(12, { error: '0〜12 の整数を書いてください' })
    .default(2)
    .meta({ title: '四半期ごとの派遣の上限（件）' }),
  /** Regions they can travel to; absent means anywhere. */
  regions: z.array(textSchema).optional().meta({ title: '移動できる地域' }),
  /** A condition in their own words, e.g. 月末は避けたい: shown beside their name, never a rule. */
  note: textSchema.optional().meta({ title: '派遣についてのひとこと' }),
  /**
   * Sessions they can take: `morning` = ending by 13:00, `afternoon` = starting at 12:00 or
   * later, `any` (the default) = all.
   */
  timeOfDay: z
    .enum(TIMES_OF_DAY, {
      error: 'any（時間帯を問わない）・morning（午前のみ）・afternoon（午後のみ）のいずれかを書いてください',
    })
    .default('any')
    .meta({ title: '派遣できる時間帯' }),
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
    .optional()
    .meta({ title: '派遣できる曜日' }),
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
    .optional()
    .meta({ title: '毎年派遣できない月' }),
  /** Dated absences (育児休業, 長期研修), each `{from, to, note?}`. */
  away: z.array(awaySchema).optional().meta({ title: '不在の期間' }),
});

/** Internal contact: shown on the profile only, never indexed or exported. */
export const contactSchema = z.strictObject({
  email: textSchema.optional(),
  /** Quoted, so that a leading zero survives YAML: "0123". */
  extension: z
    .string({ error: '内線番号を "0123" のように引用符で囲んで書いてください' })
    .trim()
    .min(1)
    .optional(),
});

/** Frontmatter of `content/facilitators/<id>.mdx`, a 世話人プロフィール. */
export const facilitatorSchema = z.strictObject({
  /** Full name, e.g. 山田 花子. Required. */
  name: textSchema,
  /** Reading in hiragana, e.g. やまだ はなこ: sort order and search. Required. */
  kana: z
    .string({ error: 'よみがなをひらがなで書いてください（例: やまだ はなこ）' })
    .refine(isHiraganaReading, { error: 'よみがなはひらがなだけで書いてください（例: やまだ はなこ）' }),
  /** Their department. Required. */
  department: idSchema,
  /** 課・室 */
  unit: textSchema.optional(),
  /** Job title, e.g. 主査. */
  title: textSchema.optional(),
  /** The course run they graduated from; absent for those who learned elsewhere. */
  cohort: idSchema.optional(),
  /** 世話人 / 先輩世話人 / 講師. Default `[facilitator]`. */
  roles: z
    .array(z.enum(ROLES, { error: 'facilitator・senior・trainer のいずれかを書いてください' }))
    .default(['facilitator']),
  /** Methods they practise (ids of `methods.yaml`). */
  methods: idListSchema.default([]),
  /** Free tags: 人材育成, 業務改善 … */
  themes: tagListSchema,
  /** Active since. */
  since: dateSchema.optional(),
  /** Dispatch to other departments. Required. */
  dispatch: dispatchSchema,
  /** Internal contact. */
  contact: contactSchema.optional(),
});

export type FacilitatorData = z.output<typeof facilitatorSchema>;
