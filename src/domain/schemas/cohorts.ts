import { z } from 'zod';
import { idListSchema, idSchema } from '../ids';
import { dateSchema, positiveIntegerSchema, textSchema } from './shared';

/** One run (期/回) of a course; one entry of `content/cohorts.yaml`. */
export const cohortSchema = z
  .strictObject({
    /** The run's id, e.g. `osm-2024-3`. Required. */
    id: idSchema,
    /** The course it is a run of. Required. */
    course: idSchema,
    /** Its number: 3 means 第3回. Required. */
    number: positiveIntegerSchema,
    /** First class day. Required. */
    start: dateSchema,
    /** Last class day; not before `start`. */
    end: dateSchema.optional(),
    /** Where the classes are held. */
    venue: textSchema.optional(),
    /** Graduates of earlier runs who joined this one as seniors (先輩世話人). */
    seniors: idListSchema.default([]),
  })
  .superRefine((cohort, ctx) => {
    if (cohort.end !== undefined && cohort.end < cohort.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `終了日 ${cohort.end} が開始日 ${cohort.start} より前です。start 以降の日付にしてください`,
      });
    }
  });

export type CohortData = z.output<typeof cohortSchema>;
