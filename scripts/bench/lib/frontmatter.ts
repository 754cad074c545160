/** Writes frontmatter and YAML lists the way staff write them: flow lists of ids, quoted times. */

type Value = string | number | boolean | undefined | Value[] | { [key: string]: Value };

const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`0-9][^:#,[\]{}]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|~)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (DATE.test(value)) return value;
  return PLAIN.test(value) && !RESERVED.test(value) && value.trim() === value ? value : JSON.stringify(value);
}

const isObject = (value: Value): value is { [key: string]: Value } =>
  typeof value === 'object' && !Array.isArray(value);

function lines(data: { [key: string]: Value }, indent: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.some(isObject)) {
        out.push(`${indent}${key}:`);
        for (const item of value as { [key: string]: Value }[]) {
          const [first, ...rest] = lines(item, `${indent}    `);
          out.push(`${indent}  - ${first.trimStart()}`, ...rest);
        }
      } else {
        out.push(`${indent}${key}: [${(value as (string | number | boolean)[]).map(scalar).join(', ')}]`);
      }
    } else if (isObject(value)) {
      out.push(`${indent}${key}:`, ...lines(value, `${indent}  `));
    } else {
      out.push(`${indent}${key}: ${scalar(value)}`);
    }
  }
  return out;
}

/** A YAML mapping, one key per line; `undefined` values are left out. */
export function yamlMapping(data: { [key: string]: Value }, indent = ''): string {
  return lines(data, indent).join('\n');
}

/** A YAML list of mappings, as in `departments.yaml`. */
export function yamlList(items: { [key: string]: Value }[]): string {
  return (
    items
      .map((item) => {
        const [first, ...rest] = lines(item, '  ');
        return [`- ${first.trimStart()}`, ...rest].join('\n');
      })
      .join('\n') + '\n'
  );
}

/** A page: frontmatter between `---` lines, then the Markdown body. */
export function page(data: { [key: string]: Value }, body: string): string {
  return `---\n${yamlMapping(data)}\n---\n${body}`;
}

export type { Value as YamlValue };
