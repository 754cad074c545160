import { z } from 'zod';
import { idListSchema, idSchema } from '../ids';
import { isHiraganaReading } from '../kana';
import { dateSchema, tagListSchema, textSchema } from './shared';

export const ROLES = ['facilitator', 'senior', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

/** Whether and how far a facilitator can be dispatched to other departments. */
export const dispatchSchema = z.strictObject({
  /** Can be dispatched to other departments at all. Required. */
  available: z.boolean({ error: 'true（派遣可）か false（派遣不可）を書いてください' }),
  /** Dispatches per fiscal quarter, 0–12. Default 2. */
  maxPerQuarter: z
    .number({ error: '0〜12 の整数を書いてください' })
    .int({ error: '0〜12 の整数を書いてください' })
    .min(0, { error: '0〜12 の整数を書いてください' })
    .max(12, { error: '0〜12 の整数を書いてください' })
    .default(2),
  /** Regions they can travel to; absent means anywhere. */
  regions: z.array(textSchema).optional(),
  /** A condition in their own words, e.g. 平日午後のみ. */
  note: textSchema.optional(),
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
