import { join } from 'node:path';
import type { Problem } from '../domain/errors';
import type { SynonymGroup } from '../domain/handbook';
import { synonymGroupSchema } from '../domain/schemas/synonyms';
import { readContentText, type ContentFiles } from './content-files';
import { unsafeTextProblems, validateYaml } from './read-page';
import { isYamlFailure, parseYaml, yamlProblem } from './yaml-document';

export const SYNONYMS_FILE = 'synonyms.yaml';

/**
 * The groups of `content/synonyms.yaml`, an optional file: a YAML list of lists, each of at least
 * two words, read as every list file is (UTF-8, never through a symbolic link). Problems name the
 * file, the line and the group (`[2]`, `[2][1]`).
 */
export function loadSynonyms(contentDir: string, files: ContentFiles, problems: Problem[]): SynonymGroup[] {
  const file = SYNONYMS_FILE;
  const refused = files.refusedLists.get(file);
  if (refused) {
    problems.push(refused);
    return [];
  }
  if (!files.lists.has(file)) return [];
  const read = readContentText(join(contentDir, file), file);
  if ('problem' in read) {
    problems.push(read.problem);
    return [];
  }
  const parsed = parseYaml(read.text);
  if (isYamlFailure(parsed)) {
    problems.push(yamlProblem(parsed, file));
    return [];
  }
  if (parsed.value === null || parsed.value === undefined) return [];
  if (!Array.isArray(parsed.value)) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      field: '',
      message: '同じ意味の言葉のまとまりを「- [振り返り, リフレクション]」のようにリストで書いてください',
    });
    return [];
  }
  problems.push(...unsafeTextProblems(parsed.value, parsed, [], file));
  return parsed.value.flatMap((item, index) => {
    const words = validateYaml(synonymGroupSchema, item, parsed, [index], file, problems) as
      string[] | undefined;
    return words ? [{ id: `group-${index + 1}`, words, source: { file, path: [index] } }] : [];
  });
}
