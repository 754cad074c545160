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
});

export type MethodData = z.output<typeof methodSchema>;
