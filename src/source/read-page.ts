import { z } from 'zod';
import { formatFieldPath, type FieldPath, type Problem } from '../domain/errors';
import { checkBodyLimits } from '../domain/policy/body-limits';
import { contactDetailWarnings } from '../domain/policy/contact-details';
import { findUnsafeText } from '../domain/policy/text-fields';
import { splitFrontmatter } from './frontmatter';
import { isYamlFailure, parseYaml, type YamlText, yamlProblem } from './yaml-document';
import { describeIssues } from './zod-issues';

const japaneseErrors = z.locales.ja().localeError;

/**
 * Validates a value read from YAML against its schema: every issue becomes a problem with the
 * file, the line and the field as written, in Japanese.
 */
export function validateYaml(
  schema: z.ZodType,
  value: unknown,
  yaml: YamlText,
  base: FieldPath,
  file: string,
  problems: Problem[],
): Record<string, unknown> | undefined {
  // reportInput: a value of the wrong type is told apart from a missing one (issue.input).
  const result = schema.safeParse(value, { error: japaneseErrors, reportInput: true });
  if (result.success) return result.data as Record<string, unknown>;
  for (const issue of describeIssues(schema, result.error.issues)) {
    const path = [...base, ...issue.path];
    problems.push({
      severity: 'error',
      file,
      line: yaml.lineOf(path),
      field: formatFieldPath(path),
      message: issue.message,
    });
  }
  return undefined;
}

/** Control characters in any string of an entry, and invisible ones in names and titles, as problems. */
export function unsafeTextProblems(value: unknown, yaml: YamlText, base: FieldPath, file: string): Problem[] {
  return findUnsafeText(value, base).map(({ path, message }) => ({
    severity: 'error',
    file,
    line: yaml.lineOf(path),
    field: formatFieldPath(path),
    message,
  }));
}

/** A page file read: its valid frontmatter (if it is), its body, and what is wrong with it. */
export interface ReadPage {
  data?: Record<string, unknown>;
  yaml?: YamlText;
  /** Its body, when it has frontmatter and the body is within the limits the renderer takes. */
  body?: { text: string; line: number };
  problems: Problem[];
}

/**
 * Reads the text of one page file (frontmatter and body): the body's size and depth, contact
 * details written in it, unsafe characters in the frontmatter, and its schema. No file
 * system: the loader reads every file of a content folder through it, and the forms read the
 * page they are writing, so both tell the same problems in the same words.
 */
export function readPage(schema: z.ZodType, file: string, text: string): ReadPage {
  const problems: Problem[] = [];
  const page = splitFrontmatter(text);
  if (!page) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      field: '',
      message:
        'ファイルの先頭に「---」で囲んだ項目（frontmatter）がありません。1行目を --- で始め、項目のあとを --- で閉じてください',
    });
    return { problems };
  }
  const place = { file, firstLine: page.bodyLine };
  const limits = checkBodyLimits(page.body, place);
  problems.push(...limits, ...contactDetailWarnings(page.body, place));
  const body = limits.length === 0 ? { text: page.body, line: page.bodyLine } : undefined;
  const parsed = parseYaml(page.frontmatter, page.frontmatterLine);
  if (isYamlFailure(parsed)) {
    problems.push(yamlProblem(parsed, file));
    return { ...(body && { body }), problems };
  }
  problems.push(...unsafeTextProblems(parsed.value, parsed, [], file));
  const data = validateYaml(schema, parsed.value ?? {}, parsed, [], file, problems);
  return { ...(data && { data }), yaml: parsed, ...(body && { body }), problems };
}
