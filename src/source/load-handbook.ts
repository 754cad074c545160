import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { IsoDate } from '../domain/dates';
import { formatFieldPath, parseFieldPath, sortProblems, type Problem } from '../domain/errors';
import { emptyHandbook, type Handbook } from '../domain/handbook';
import { ID_PATTERN } from '../domain/ids';
import { checkReferences, countReferences } from '../domain/references/check-references';
import { checkRules } from '../domain/references/check-rules';
import { checkRepeatedThemes } from '../domain/references/check-themes';
import {
  listSchemas,
  pageSchemas,
  type Collection,
  type ListCollection,
  type PageCollection,
} from '../domain/schemas';
import { compareSessions } from '../domain/schemas/requests';
import { listContentFiles, PAGE_EXTENSIONS, readContentText } from './content-files';
import { splitFrontmatter } from './frontmatter';
import { checkPublicFolder, isPublicFile } from './public-files';
import { readPage, unsafeTextProblems, validateYaml } from './read-page';
import { loadSynonyms, SYNONYMS_FILE } from './synonyms';
import { isYamlFailure, parseYaml, type YamlText, yamlProblem } from './yaml-document';

/** The body of a page, kept for rendering (every page with frontmatter, valid or not: the check renders them all). */
export interface PageBody {
  collection: PageCollection;
  id: string;
  /** Path relative to the content folder, e.g. `guides/junbi.mdx`. */
  file: string;
  body: string;
  bodyLine: number;
}

export interface LoadedHandbook {
  handbook: Handbook;
  bodies: PageBody[];
  problems: Problem[];
}

export interface LoadOptions {
  contentDir: string;
  publicDir: string;
  today: IsoDate;
}

/** What a content folder holds: a list file per list collection, a folder per page collection. */
const LAYOUT = {
  lists: Object.keys(listSchemas).map((collection) => `${collection}.yaml`),
  optionalLists: [SYNONYMS_FILE],
  pages: Object.keys(pageSchemas),
};

/**
 * Reads a content folder, validates every entry against its schema, every rule of the content
 * model and the limits of page bodies, and the files of the public folder, and returns what is
 * valid with every problem found. The build, the content check and the tests all call this, so
 * they cannot disagree; bodies are then rendered, and checked as they are, by
 * src/source/render-bodies.ts (for the check: src/source/check-handbook.ts).
 */
export function loadHandbook(options: LoadOptions): LoadedHandbook {
  const contentDir = resolve(options.contentDir);
  const handbook = emptyHandbook();
  const bodies: PageBody[] = [];
  const problems: Problem[] = [];
  const known = Object.fromEntries(
    [...Object.keys(listSchemas), ...Object.keys(pageSchemas)].map((name) => [name, new Set<string>()]),
  ) as Record<Collection, Set<string>>;

  if (!existsSync(contentDir)) {
    problems.push({
      severity: 'error',
      file: contentDir,
      field: '',
      message: 'コンテンツのフォルダが見つかりません。HANDBOOK_CONTENT の設定を確かめてください',
    });
    return { handbook, bodies, problems };
  }

  const files = listContentFiles(contentDir, LAYOUT);
  problems.push(...files.problems);
  /** List files that could not be read as a whole: references to them are not checked one by one. */
  const unreadable = new Map<ListCollection, Problem>();

  for (const [collection, schema] of Object.entries(listSchemas) as [ListCollection, z.ZodType][]) {
    const file = `${collection}.yaml`;
    const path = join(contentDir, file);
    if (!files.lists.has(file)) {
      unreadable.set(
        collection,
        files.refusedLists.get(file) ?? {
          severity: 'error',
          file,
          field: '',
          message: `${file} がありません。content/ に ${file} を置いてください`,
        },
      );
      continue;
    }
    const read = readContentText(path, file);
    if ('problem' in read) {
      unreadable.set(collection, read.problem);
      continue;
    }
    const parsed = parseYaml(read.text);
    if (isYamlFailure(parsed)) {
      unreadable.set(collection, yamlProblem(parsed, file));
      continue;
    }
    if (parsed.value === null || parsed.value === undefined) continue;
    if (!Array.isArray(parsed.value)) {
      unreadable.set(collection, {
        severity: 'error',
        file,
        line: 1,
        field: '',
        message: '各項目を「- id: …」で始まるリストとして書いてください',
      });
      continue;
    }
    problems.push(...unsafeTextProblems(parsed.value, parsed, [], file));
    parsed.value.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const validated = validateYaml(schema, item, parsed, [index], file, problems);
      if (typeof id === 'string') {
        if (known[collection].has(id)) {
          problems.push({
            severity: 'error',
            file,
            line: parsed.lineOf([index, 'id']),
            field: formatFieldPath([index, 'id']),
            message: `id「${id}」が ${file} の中で重複しています。別の id にしてください`,
          });
          return;
        }
        known[collection].add(id);
      }
      if (validated)
        (handbook[collection] as unknown[]).push({ ...validated, source: { file, path: [index] } });
    });
  }

  handbook.synonyms = loadSynonyms(contentDir, files, problems);

  for (const [collection, schema] of Object.entries(pageSchemas) as [PageCollection, z.ZodType][]) {
    const folder = join(contentDir, collection);
    const seen = new Map<string, string>();
    for (const path of files.pages.get(collection) ?? []) {
      const file = relative(contentDir, path).split(sep).join('/');
      const name = relative(folder, path).split(sep).join('/');
      const extension = PAGE_EXTENSIONS.find((ext) => name.endsWith(ext))!;
      const id = name.slice(0, -extension.length);
      if (!ID_PATTERN.test(id)) {
        problems.push({
          severity: 'error',
          file,
          field: '',
          message: `ファイル名「${id}」は id として使えません。英小文字・数字をハイフンでつないだ名前（例: yamada-hanako${extension}）にしてください`,
        });
        continue;
      }
      if (seen.has(id)) {
        problems.push({
          severity: 'error',
          file,
          field: '',
          message: `id「${id}」は ${seen.get(id)} と重複しています（.md と .mdx で同じ名前は使えません）。どちらかの名前を変えてください`,
        });
        continue;
      }
      seen.set(id, file);
      known[collection].add(id);
      const read = readContentText(path, file);
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      const page = readPage(schema, file, read.text);
      problems.push(...page.problems);
      if (page.body) bodies.push({ collection, id, file, body: page.body.text, bodyLine: page.body.line });
      const validated = page.data;
      if (!validated) continue;
      (handbook[collection] as unknown[]).push({ ...validated, id, source: { file, path: [] } });
    }
  }

  problems.push(...checkPublicFolder(options.publicDir));
  const crossChecks = [
    ...checkReferences(handbook, known, new Set(unreadable.keys())),
    ...checkRules(handbook, {
      today: options.today,
      publicFileExists: (file) => isPublicFile(options.publicDir, file),
    }),
    ...checkRepeatedThemes(handbook),
  ];
  problems.push(...locate(crossChecks, contentDir));
  // A list file that cannot be read at all comes first, with the references it leaves unchecked
  // counted rather than reported one by one: fixing it fixes them.
  for (const [collection, problem] of unreadable) {
    const count = countReferences(handbook, collection);
    problems.push({
      ...problem,
      root: true,
      ...(count > 0 && {
        message: `${problem.message}（このファイルを直すまで、ほかのファイルからの参照${count}件は確かめていません）`,
      }),
    });
  }
  // After the checks, whose field paths name sessions as written in the file.
  for (const request of handbook.requests) request.sessions.sort(compareSessions);
  return { handbook, bodies, problems: sortProblems(problems) };
}

/** Adds lines to problems found on validated entries, by reading their file again. */
function locate(problems: Problem[], contentDir: string): Problem[] {
  const cache = new Map<string, YamlText | undefined>();
  return problems.map((problem) => {
    if (!cache.has(problem.file)) {
      const text = readFileSync(join(contentDir, problem.file), 'utf8');
      const page = problem.file.endsWith('.yaml')
        ? { frontmatter: text, frontmatterLine: 1 }
        : splitFrontmatter(text);
      const parsed = page ? parseYaml(page.frontmatter, page.frontmatterLine) : undefined;
      cache.set(problem.file, parsed && !isYamlFailure(parsed) ? parsed : undefined);
    }
    return {
      ...problem,
      line: problem.line ?? cache.get(problem.file)?.lineOf(parseFieldPath(problem.field)),
    };
  });
}
