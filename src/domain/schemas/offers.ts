import { z } from 'zod';
import { idSchema } from '../ids';
import { dateSchema, positiveIntegerSchema } from './shared';

/**
 * Frontmatter of `content/offers/<id>.md`, a 名乗り出: a facilitator offers to help with a
 * request. Each offer is a file of its own, so that many people can offer at once without
 * editing the request's file; the body, optional, is a short message to the host and the
 * training center. An offer counts as a volunteer wherever a volunteer counts.
 */
export const offerSchema = z.strictObject({
  /** The request offered for; it must be `open` or `matched`. Required. */
  request: idSchema.meta({ title: '名乗り出る依頼', ref: 'requests' }),
  /** Who offers; not the request's host, and once per request. Required. */
  facilitator: idSchema.meta({ title: '名乗り出る世話人（あなた）', ref: 'facilitators' }),
  /** When they offered. Required. */
  offered: dateSchema.meta({ title: '名乗り出た日' }),
  /** Which sessions of the request they can take, 1 being the first; absent means all. */
  sessions: z
    .array(positiveIntegerSchema)
    .superRefine((numbers, ctx) => {
      numbers.forEach((number, index) => {
        if (numbers.indexOf(number) !== index)
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `${number} が2回書かれています。1回だけにしてください`,
          });
      });
    })
    .meta({
      title: '参加できる開催回',
      description: '1 が1回目。書かなければすべての回',
      examples: [[1]],
    })
    .optional(),
});

export type OfferData = z.output<typeof offerSchema>;
