import { z } from 'zod';
import { idSchema } from '../ids';
import { textSchema } from './shared';

/** A method of the controlled vocabulary; one entry of `content/methods.yaml`. */
export const methodSchema = z.strictObject({
  /** The method's id, e.g. `world-cafe`. Required. */
  id: idSchema,
  /** Its name, e.g. ワールドカフェ. Required. */
  name: textSchema,
  /** One line on what it is. */
  summary: textSchema.optional(),
  /** Other names people search by (グラレコ, OST); search treats each as the name itself. */
  aliases: z
    .array(textSchema, { error: '別名は文字列のリスト（例: [グラレコ]）で書いてください' })
    .refine((aliases) => new Set(aliases).size === aliases.length, {
      error: '同じ別名が2回書かれています。1回にしてください',
    })
    .optional(),
});

export type MethodData = z.output<typeof methodSchema>;
