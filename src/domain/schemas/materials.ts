import { z } from 'zod';
import { idSchema } from '../ids';
import { MATERIAL_KIND_LABELS } from '../views/labels';
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
  /** The course it belongs to (first: the id is made from it). Required. */
  course: idSchema.meta({ title: 'どの研修講座の資料か', ref: 'courses' }),
  title: textSchema.meta({ title: '資料の題名', examples: ['1日目 スライド'] }),
  /** Which class day. */
  session: positiveIntegerSchema.meta({ title: '何日目の資料か' }).optional(),
  kind: z
    .enum(MATERIAL_KINDS, { error: `${MATERIAL_KINDS.join('・')} のいずれかを書いてください` })
    .meta({ title: '資料の種類', labels: MATERIAL_KIND_LABELS }),
  files: z
    .array(materialFileSchema)
    .meta({
      title: 'ファイル',
      description: 'ファイルは public/materials/ に置き、ここに書く',
      examples: [[{ path: 'materials/osm/day1-slides.pdf', label: 'スライド（PDF）' }]],
    })
    .default([]),
  updated: dateSchema.meta({ title: '最後に差し替えた日' }),
});

export type MaterialData = z.output<typeof materialSchema>;
export type MaterialFile = z.output<typeof materialFileSchema>;
