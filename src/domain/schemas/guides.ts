import { z } from 'zod';
import { idListSchema } from '../ids';
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
    title: textSchema,
    summary: textSchema,
    /** 場づくり / 進行 / スポンサーづくり / 仲間づくり / 振り返り / 制度. Required. */
    category: z.enum(GUIDE_CATEGORIES, {
      error: `${GUIDE_CATEGORIES.join('・')} のいずれかを書いてください`,
    }),
    methods: idListSchema.default([]),
    authors: idListSchema.default([]),
    /** Group size the guide is written for. */
    groupSize: z.strictObject({ min: positiveIntegerSchema, max: positiveIntegerSchema }).optional(),
    /** Minutes. */
    duration: positiveIntegerSchema.optional(),
    /** Last revised. Required. */
    updated: dateSchema,
  })
  .superRefine((guide, ctx) => {
    if (guide.groupSize && guide.groupSize.max < guide.groupSize.min) {
      ctx.addIssue({ code: 'custom', path: ['groupSize', 'max'], message: 'max は min 以上にしてください' });
    }
  });

export type GuideData = z.output<typeof guideSchema>;
