import type { FieldPath } from '../errors';

/**
 * Characters no field may hold: control characters (they reach calendar files, CSV exports and
 * terminals) other than the line break and tab a multi-line YAML value may contain.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * What names and titles may not hold on top of that: line breaks and tabs, and the invisible
 * characters that hide or reorder text (zero-width spaces and joiners, bidirectional controls),
 * with which two people or pages could look the same and not be, or a title read backwards.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  /[\u0009\u000A\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]/;

/** Fields shown as one line and compared by eye: a person's name and reading, a page's title. */
const NAME_FIELDS = new Set(['name', 'kana', 'title', 'label']);

export interface UnsafeText {
  path: FieldPath;
  message: string;
}

const describe = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every string in a parsed YAML value (keys included) that holds a control character, and every
 * name or title with an invisible character, with the path to it.
 */
export function findUnsafeText(value: unknown, base: FieldPath = []): UnsafeText[] {
  const found: UnsafeText[] = [];
  const visit = (node: unknown, path: FieldPath) => {
    if (typeof node === 'string') {
      const key = path.findLast((part) => typeof part === 'string');
      const invisible = key !== undefined && NAME_FIELDS.has(key) ? INVISIBLE.exec(node) : null;
      const control = CONTROL.exec(node);
      if (control)
        found.push({
          path,
          message: `制御文字（${describe(control[0])}）が含まれています。見えない文字なので、値を書き直してください`,
        });
      else if (invisible)
        found.push({
          path,
          message: `名前や題名に見えない文字（${describe(invisible[0])}: 改行・タブ・幅のない文字・文字の向きを変える文字）が含まれています。ほかのページと見分けがつかなくなるため使えません。値を書き直してください`,
        });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        const control = CONTROL.exec(key) ?? INVISIBLE.exec(key);
        if (control)
          found.push({
            path: [...path, key],
            message: `項目名に見えない文字（${describe(control[0])}）が含まれています。項目名を書き直してください`,
          });
        else visit(item, [...path, key]);
      }
    }
  };
  visit(value, base);
  return found;
}
