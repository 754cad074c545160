import { z } from 'zod';
import { idListSchema } from '../ids';
import { GUIDE_CATEGORY_LABELS } from '../views/labels';
import { dateSchema, positiveIntegerSchema, textSchema } from './shared';

export const GUIDE_CATEGORIES = [
  'preparation',
  'facilitation',
  'sponsorship',
  'community',
  'reflection',
  'system',
] as const;
export type GuideCategory = (typeof GUIDE_CATEGORIES)[number];

/** Frontmatter of `content/guides/<id>.mdx`, a 実践ガイド. */
export const guideSchema = z
  .strictObject({
    title: textSchema.meta({ title: 'ガイドの題名' }),
    summary: textSchema.meta({ title: '一行の要約' }),
    /** 場づくり / 進行 / スポンサーづくり / 仲間づくり / 振り返り / 制度. Required. */
    category: z
      .enum(GUIDE_CATEGORIES, {
        error: `${GUIDE_CATEGORIES.join('・')} のいずれかを書いてください`,
      })
      .meta({ title: '分類', labels: GUIDE_CATEGORY_LABELS }),
    methods: idListSchema.meta({ title: '関係する手法', ref: 'methods' }).default([]),
    authors: idListSchema.meta({ title: '書いた世話人', ref: 'facilitators' }).default([]),
    /** Group size the guide is written for. */
    groupSize: z
      .strictObject({
        min: positiveIntegerSchema.meta({ title: '想定する最少人数' }),
        max: positiveIntegerSchema.meta({ title: '想定する最多人数' }),
      })
      .meta({ title: '想定する人数', examples: [{ min: 4, max: 10 }] })
      .optional(),
    /** Minutes. */
    duration: positiveIntegerSchema.meta({ title: '所要時間（分）', examples: [90] }).optional(),
    /** Last revised. Required. */
    updated: dateSchema.meta({ title: '最後に書き直した日', description: '書き直したら日付も変える' }),
  })
  .superRefine((guide, ctx) => {
    if (guide.groupSize && guide.groupSize.max < guide.groupSize.min) {
      ctx.addIssue({ code: 'custom', path: ['groupSize', 'max'], message: 'max は min 以上にしてください' });
    }
  });

export type GuideData = z.output<typeof guideSchema>;
