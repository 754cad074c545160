import { cohortSchema } from './cohorts';
import { courseSchema } from './courses';
import { departmentSchema } from './departments';
import { facilitatorSchema } from './facilitators';
import { guideSchema } from './guides';
import { materialSchema } from './materials';
import { methodSchema } from './methods';
import { offerSchema } from './offers';
import { reportSchema } from './reports';
import { requestSchema } from './requests';

/** Reference data: one YAML list per collection, `content/<name>.yaml`. */
export const listSchemas = {
  departments: departmentSchema,
  methods: methodSchema,
  cohorts: cohortSchema,
} as const;

/** Pages: one MDX (or Markdown) file per entry, `content/<name>/<id>.mdx`. */
export const pageSchemas = {
  facilitators: facilitatorSchema,
  requests: requestSchema,
  reports: reportSchema,
  guides: guideSchema,
  courses: courseSchema,
  materials: materialSchema,
  offers: offerSchema,
} as const;

export type ListCollection = keyof typeof listSchemas;
export type PageCollection = keyof typeof pageSchemas;
export type Collection = ListCollection | PageCollection;
