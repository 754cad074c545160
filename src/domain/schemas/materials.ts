import { z } from 'zod';
import { idSchema } from '../ids';
import { dateSchema, positiveIntegerSchema, textSchema } from './shared';

export const MATERIAL_KINDS = ['slides', 'handout', 'worksheet', 'reading', 'video'] as const;

/** A file of a material: `path` is relative to the public folder and must exist. */
export const materialFileSchema = z.strictObject({
  path: z
    .string({ error: 'public/ からのパスを書いてください（例: materials/day1.pdf）' })
    .regex(/^(?!\/)(?!.*\.\.)(?!.*:)[^\\]+$/, {
      error:
        'public/ の中の相対パス（例: materials/day1.pdf）を書いてください。「..」や「/」始まりは使えません',
    }),
  label: textSchema,
});

/** Frontmatter of `content/materials/<id>.mdx`, a 講座資料. */
export const materialSchema = z.strictObject({
  title: textSchema,
  /** The course it belongs to. Required. */
  course: idSchema,
  /** Which class day. */
  session: positiveIntegerSchema.optional(),
  kind: z.enum(MATERIAL_KINDS, { error: `${MATERIAL_KINDS.join('・')} のいずれかを書いてください` }),
  files: z.array(materialFileSchema).default([]),
  updated: dateSchema,
});

export type MaterialData = z.output<typeof materialSchema>;
export type MaterialFile = z.output<typeof materialFileSchema>;
