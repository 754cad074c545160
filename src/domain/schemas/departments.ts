import { z } from 'zod';
import { idSchema } from '../ids';
import { textSchema } from './shared';

export const DEPARTMENT_KINDS = ['bureau', 'regional', 'office'] as const;

/** A 部局, 地域機関 or other body; one entry of `content/departments.yaml`. */
export const departmentSchema = z.strictObject({
  /** The department's id, e.g. `kenko-fukushi`. Required. */
  id: idSchema,
  /** Its name, e.g. 健康福祉部. Required. */
  name: textSchema,
  /** `bureau` (本庁の部局), `regional` (地域機関) or `office` (その他の機関). Required. */
  kind: z.enum(DEPARTMENT_KINDS, { error: 'bureau・regional・office のいずれかを書いてください' }),
  /** The bureau a regional office belongs to; "same organisation" follows it to the root. */
  parent: idSchema.optional(),
  /** The region it is in, e.g. 北部. */
  region: textSchema.optional(),
});

export type DepartmentData = z.output<typeof departmentSchema>;
