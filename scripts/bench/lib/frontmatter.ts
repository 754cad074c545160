import { toYaml } from '../../../src/authoring/yaml-text';

/**
 * Writes frontmatter and YAML lists the way staff write them (flow lists of ids, quoted times),
 * through the yaml library's Document API, as `npm run new` and the forms do.
 */
type Value = string | number | boolean | undefined | Value[] | { [key: string]: Value };

/** A YAML list of mappings, as in `departments.yaml`; `undefined` values are left out. */
export function yamlList(items: { [key: string]: Value }[]): string {
  return toYaml(items);
}

/** A page: frontmatter between `---` lines, then the Markdown body. */
export function page(data: { [key: string]: Value }, body: string): string {
  return `---\n${toYaml(data)}---\n${body}`;
}

export type { Value as YamlValue };
