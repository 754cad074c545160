import { z } from 'zod';
import { idListSchema, idSchema } from '../ids';
import { dateSchema, positiveIntegerSchema, textSchema } from './shared';

/** The last class day a run's `days` may name: its `end`, or its `start` for a one-day run. */
const lastDay = (cohort: { start: string; end?: string | undefined }) => cohort.end ?? cohort.start;

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
    /**
     * Every class day of the run, each between `start` and `end` (in any order, none twice).
     * Absent: only `start` and `end` are known, and calendars show those two days.
     */
    days: z.array(dateSchema).optional(),
  })
  .superRefine((cohort, ctx) => {
    if (cohort.end !== undefined && cohort.end < cohort.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `終了日 ${cohort.end} が開始日 ${cohort.start} より前です。start 以降の日付にしてください`,
      });
    }
    const seen = new Set<string>();
    cohort.days?.forEach((day, index) => {
      if (seen.has(day)) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', index],
          message: `${day} が days に2回あります。1回だけ書いてください`,
        });
      }
      seen.add(day);
      if (day < cohort.start || day > lastDay(cohort)) {
        const range = cohort.end
          ? `開始日 ${cohort.start} から終了日 ${cohort.end} まで`
          : `開始日 ${cohort.start}（end がないので1日だけの回です）`;
        ctx.addIssue({
          code: 'custom',
          path: ['days', index],
          message: `授業日 ${day} が回の期間の外です。days には ${range}の日付を書いてください${cohort.end ? '' : '。2日以上の回なら end に最終日を書いてください'}`,
        });
      }
    });
  });

export type CohortData = z.output<typeof cohortSchema>;
