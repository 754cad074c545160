import { z } from 'zod';
import { positiveIntegerSchema, textSchema } from './shared';

/** Frontmatter of `content/courses/<id>.mdx`, a 研修講座. */
export const courseSchema = z.strictObject({
  title: textSchema,
  summary: textSchema,
  /** Who runs it, e.g. 政策開発研修センター. Required. */
  provider: textSchema,
  audience: textSchema.optional(),
  /** Number of class days. */
  sessions: positiveIntegerSchema.optional(),
  /**
   * How to sign up for the next run, as text for staff (受付の時期、申し込み先). One URL in it
   * becomes a link on the course page.
   */
  apply: textSchema.optional(),
});

export type CourseData = z.output<typeof courseSchema>;
