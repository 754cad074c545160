import { z } from 'zod';
import { idListSchema, idSchema } from '../ids';
import { isHiraganaReading } from '../kana';
import { ROLE_LABELS } from '../views/labels';
import { dateSchema, tagListSchema, textSchema } from './shared';

export const ROLES = ['facilitator', 'senior', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

/** Whether and how far a facilitator can be dispatched to other departments. */
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
  /** A condition in their own words, e.g. 平日午後のみ. */
  note: textSchema.meta({ title: '派遣の条件', examples: ['平日午後のみ'] }).optional(),
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
