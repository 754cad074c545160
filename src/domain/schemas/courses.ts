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
});

export type CourseData = z.output<typeof courseSchema>;
