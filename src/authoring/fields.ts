import { z } from 'zod';
import type { FieldPath } from '../domain/errors';
import type { FieldMeta, ReferencedCollection } from '../domain/schemas/field-meta';

/** One of the values a choice offers: what is written, and what people read. */
export interface Choice {
  value: string;
  label: string;
  /** Other words it is found by as one types: a reading, an alias. */
  keywords?: string;
}

export type FieldType =
  | 'text'
  | 'textarea'
  | 'kana'
  | 'email'
  | 'date'
  | 'time'
  | 'integer'
  | 'boolean'
  | 'choice'
  | 'choices'
  | 'list';

/** An answer, as `npm run new` and the forms hold it before it is written. */
export type Answer = string | number | boolean | readonly string[] | readonly number[];

/**
 * A field of a page's frontmatter as the forms and `npm run new` ask it, derived from the
 * schema and its metadata (`src/domain/schemas/field-meta.ts`).
 */
export interface Field {
  /** The command-line flag and query-string key: the field's own key, made unique within the page. */
  key: string;
  /** Where it is in the frontmatter: `['dispatch', 'available']`, `['sessions', 0, 'date']`. */
  path: FieldPath;
  label: string;
  description?: string;
  /** An example value, as written in the file. */
  examples?: unknown[];
  type: FieldType;
  /** The schema requires it (neither optional nor with a default). */
  required: boolean;
  /** The collection its ids are chosen from. */
  ref?: ReferencedCollection;
  /** The values of an enumeration, with their Japanese names. */
  options?: Choice[];
  /** Bounds of an integer. */
  min?: number;
  max?: number;
  /** A list of numbers (an offer's sessions), chosen by number. */
  numbers?: boolean;
  /** The schema's default, when it has one. */
  default?: unknown;
  /** The schema of the value itself. */
  schema: z.ZodType;
}

/** The part of a zod 4 schema definition this walk reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

interface Unwrapped {
  schema: z.ZodType;
  meta: FieldMeta;
  optional: boolean;
  default?: unknown;
}

/** Through optional, default and pipe to the schema of the value, gathering metadata on the way (outer wins). */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  const metas: FieldMeta[] = [];
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    metas.push(z.globalRegistry.get(current) ?? {});
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      if (def.type === 'default') defaultValue = def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') current = def.in!;
    else break;
  }
  const meta = Object.assign({}, ...metas.reverse()) as FieldMeta;
  return { schema: current, meta, optional, ...(defaultValue !== undefined && { default: defaultValue }) };
}

function minLength(schema: z.ZodType): number {
  const check = defOf(schema).checks?.find((c) => c._zod.def.check === 'min_length');
  return check?._zod.def.minimum ?? 0;
}

function enumOptions(schema: z.ZodType, labels: FieldMeta['labels']): Choice[] | undefined {
  const entries = defOf(schema).entries;
  return entries && Object.values(entries).map((value) => ({ value, label: labels?.[value] ?? value }));
}

function leaf(path: FieldPath, unwrapped: Unwrapped): Omit<Field, 'key'> | undefined {
  const { schema, meta } = unwrapped;
  if (!meta.title) return undefined;
  const def = defOf(schema);
  const base = {
    path,
    label: meta.title,
    ...(meta.description && { description: meta.description }),
    ...(meta.examples && { examples: meta.examples }),
    required: !unwrapped.optional,
    ...(unwrapped.default !== undefined && { default: unwrapped.default }),
    ...(meta.ref && { ref: meta.ref }),
    schema,
  };
  switch (def.type) {
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'number': {
      const bounds = schema as unknown as { minValue: number | null; maxValue: number | null };
      return {
        ...base,
        type: 'integer',
        ...(Number.isFinite(bounds.minValue) && { min: bounds.minValue! }),
        ...(Number.isFinite(bounds.maxValue) && { max: bounds.maxValue! }),
      };
    }
    case 'enum':
      return { ...base, type: 'choice', options: enumOptions(schema, meta.labels) };
    case 'array': {
      const element = unwrap(def.element!).schema;
      const elementType = defOf(element).type;
      if (elementType === 'enum')
        return { ...base, type: 'choices', options: enumOptions(element, meta.labels) };
      if (elementType === 'number') return { ...base, type: 'choices', numbers: true };
      if (meta.ref) return { ...base, type: 'choices' };
      return { ...base, type: 'list' };
    }
    default:
      if (meta.ref) return { ...base, type: 'choice' };
      return { ...base, type: meta.input ?? 'text' };
  }
}

/** A group of fields written together: `dispatch`, `contact`, `followUp`, a list's one item. */
export interface FieldGroup {
  path: FieldPath;
  label: string;
  required: boolean;
  /** A list of objects (`sessions`): the fields are its first item's. */
  list: boolean;
  examples?: unknown[];
}

/** What a page's schema asks: its fields in order, and the groups they belong to. */
export interface SchemaFields {
  fields: Field[];
  groups: FieldGroup[];
  /** Top-level keys that no field asks (a list of objects that may stay empty, like `files`). */
  unasked: { key: string; meta: FieldMeta; default?: unknown }[];
}

/**
 * The fields of a page's frontmatter, in the schema's order. A nested object's fields are its
 * own (`dispatch.available`); a required list of objects (`sessions`) is asked as its first
 * item. A field's key is its own name, or its path in camelCase where two would clash
 * (`followUpDate` beside `date`).
 */
export function schemaFields(schema: z.ZodType): SchemaFields {
  const found: Omit<Field, 'key'>[] = [];
  const groups: FieldGroup[] = [];
  const unasked: SchemaFields['unasked'] = [];
  // A field of an optional group (followUp, contact) is needed only once the group is written.
  const walk = (object: z.ZodType, prefix: FieldPath, optionalGroup = false) => {
    for (const [name, child] of Object.entries(defOf(object).shape ?? {})) {
      const path = [...prefix, name];
      const unwrapped = unwrap(child);
      const def = defOf(unwrapped.schema);
      if (def.type === 'object') {
        groups.push({
          path,
          label: unwrapped.meta.title ?? name,
          required: !unwrapped.optional,
          list: false,
          ...(unwrapped.meta.examples && { examples: unwrapped.meta.examples }),
        });
        walk(unwrapped.schema, path, optionalGroup || unwrapped.optional);
        continue;
      }
      if (def.type === 'array' && defOf(unwrap(def.element!).schema).type === 'object') {
        if (minLength(unwrapped.schema) > 0) {
          groups.push({ path, label: unwrapped.meta.title ?? name, required: true, list: true });
          walk(unwrap(def.element!).schema, [...path, 0], optionalGroup);
        } else unasked.push({ key: name, meta: unwrapped.meta, default: unwrapped.default });
        continue;
      }
      const field = leaf(path, unwrapped);
      if (field) found.push(optionalGroup ? { ...field, required: false } : field);
    }
  };
  walk(unwrap(schema).schema, []);
  const names = found.map((field) => String(field.path.at(-1)));
  const fields = found.map((field, index) => {
    const name = names[index];
    const clash = names.filter((other) => other === name).length > 1 && field.path.length > 1;
    const key = clash
      ? field.path
          .filter((part): part is string => typeof part === 'string')
          .map((part, i) => (i === 0 ? part : part[0].toUpperCase() + part.slice(1)))
          .join('')
      : name;
    return { ...field, key };
  });
  return { fields, groups, unasked };
}
