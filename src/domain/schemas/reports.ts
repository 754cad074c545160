import { z } from 'zod';
import { idListSchema, idSchema } from '../ids';
import { dateSchema, nonNegativeIntegerSchema, textSchema } from './shared';

/** Frontmatter of `content/reports/<id>.mdx`, a 開催報告. */
export const reportSchema = z
  .strictObject({
    /** Required. */
    title: textSchema,
    /** The dispatch request it reports on. */
    request: idSchema.optional(),
    /** Where it was held; required when there is no request. */
    department: idSchema.optional(),
    /** Required. */
    date: dateSchema,
    /** Everyone who facilitated. Required, at least one. */
    facilitators: idListSchema.min(1, { error: '進行した世話人を1人以上書いてください' }),
    /** Required. */
    participants: nonNegativeIntegerSchema,
    methods: idListSchema.default([]),
    /** What came out of it. */
    outcomes: z.array(textSchema).default([]),
    /** The next step agreed. */
    followUp: z.strictObject({ date: dateSchema, note: textSchema }).optional(),
  })
  .superRefine((report, ctx) => {
    if (report.request === undefined && report.department === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['department'],
        message: 'request がない報告には、開催した部局の department を書いてください',
      });
    }
  });

export type ReportData = z.output<typeof reportSchema>;
