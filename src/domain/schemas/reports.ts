import { z } from 'zod';
import { idListSchema, idSchema } from '../ids';
import { dateSchema, nonNegativeIntegerSchema, textSchema } from './shared';

/** Frontmatter of `content/reports/<id>.mdx`, a 開催報告. */
export const reportSchema = z
  .strictObject({
    /** The dispatch request it reports on (first: the form fills the rest from it). */
    request: idSchema.meta({ title: 'どの派遣依頼の報告か', ref: 'requests' }).optional(),
    /** Required. */
    title: textSchema.meta({ title: '報告の題名', examples: ['若手職員のオフサイトミーティング 報告'] }),
    /** Where it was held; required when there is no request. */
    department: idSchema.meta({ title: '開催した部局', ref: 'departments' }).optional(),
    /** Required. */
    date: dateSchema.meta({ title: '開催日' }),
    /** Everyone who facilitated. Required, at least one. */
    facilitators: idListSchema
      .min(1, { error: '進行した世話人を1人以上書いてください' })
      .meta({ title: '進行した世話人', ref: 'facilitators' }),
    /** Required. */
    participants: nonNegativeIntegerSchema.meta({ title: '参加した人数' }),
    methods: idListSchema.meta({ title: '使った手法', ref: 'methods' }).default([]),
    /** What came out of it. */
    outcomes: z
      .array(textSchema)
      .meta({ title: 'その場で生まれたこと', examples: [['若手の勉強会を月1回開く']] })
      .default([]),
    /** The next step agreed. */
    followUp: z
      .strictObject({
        date: dateSchema.meta({ title: '次の一歩の期日' }),
        note: textSchema.meta({ title: '次の一歩', examples: ['次回の日程を決める'] }),
      })
      .meta({ title: '次の一歩' })
      .optional(),
  })
  .superRefine(
    (report, ctx) => {
      if (report.request === undefined && report.department === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['department'],
          message: 'request がない報告には、開催した部局の department を書いてください',
        });
      }
    },
    // Told also while other fields are wrong: a form shows it as soon as both are left empty.
    { when: ({ value }) => typeof value === 'object' && value !== null },
  );

export type ReportData = z.output<typeof reportSchema>;
