import type { z } from 'zod';
import { formatFieldPath, type FieldPath } from '../domain/errors';
import { didYouMean } from '../domain/suggest';

export interface FieldIssue {
  path: FieldPath;
  message: string;
}

/** The keys an object schema allows at a path, to suggest the right one for a typo. */
/** The part of a zod 4 schema definition this walk reads. */
interface SchemaDef {
  type: string;
  innerType?: SchemaNode;
  in?: SchemaNode;
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
}
type SchemaNode = { _zod?: { def?: SchemaDef } } | undefined;

function keysAt(schema: z.ZodType, path: FieldPath): string[] {
  let current = schema as SchemaNode;
  const unwrap = () => {
    for (;;) {
      const def = current?._zod?.def;
      if (!def) return;
      if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type))
        current = def.innerType;
      else if (def.type === 'pipe') current = def.in;
      else return;
    }
  };
  unwrap();
  for (const part of path) {
    const def = current?._zod?.def;
    if (def?.type === 'object' && typeof part === 'string') current = def.shape?.[part];
    else if (def?.type === 'array') current = def.element;
    else return [];
    unwrap();
  }
  const def = current?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** Zod issues as messages in Japanese, pointing at the field as written in the file. */
export function describeIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path as FieldPath;
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `「${key}」という項目はありません${didYouMean(key, allowed)}。使える項目: ${allowed.join(', ')}`,
      }));
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const field = formatFieldPath(path);
      return [{ path, message: `必須の項目 ${field} がありません。${issue.message}` }];
    }
    if (issue.code === 'invalid_union') {
      return [
        { path, message: issue.message === 'Invalid input' ? '値の形が正しくありません' : issue.message },
      ];
    }
    return [{ path, message: issue.message }];
  });
}
