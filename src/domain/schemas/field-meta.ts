/**
 * What a field of a schema says about itself to the people who write it: the forms under
 * `/new/` and `npm run new` derive their fields, labels, choices and the comments of the file
 * they write from this metadata (zod's `.meta()`), so that no second list of fields exists.
 */
/** The collections a field can refer to (spelt out: the schemas' own types cannot be used here). */
export type ReferencedCollection =
  'departments' | 'methods' | 'cohorts' | 'facilitators' | 'requests' | 'courses';

export interface FieldMeta {
  /** The field's name in Japanese: the form's label and the question of `npm run new`. */
  title?: string;
  /** One line of help: shown under the field, and written as its comment in the file. */
  description?: string;
  /** An example value: shown with the question, and in the commented-out line of an unanswered field. */
  examples?: unknown[];
  /** An id (or a list of ids) of another collection, chosen from that collection. */
  ref?: ReferencedCollection;
  /** A text field of a particular kind. */
  input?: 'kana' | 'date' | 'time' | 'textarea' | 'email';
  /** Japanese names of the values of an enumeration. */
  labels?: Readonly<Record<string, string>>;
}

declare module 'zod/v4/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augments zod's metadata type
  interface GlobalMeta extends FieldMeta {}
}
