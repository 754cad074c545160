/**
 * One problem found in content: where it is, which field, what is wrong and how to fix it.
 * The build, the content check and the tests all report through this type.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the file relative to the content folder, e.g. `requests/kaigi.mdx` (or to `folder`). */
  file: string;
  /** `public` for a file under the public folder; absent for the content folder. */
  folder?: 'public';
  /** 1-based line in the file, where known. */
  line?: number;
  /** The field as written in the file, e.g. `sessions[0].end`; empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, in Japanese. */
  message: string;
  /** Set on a mistake that causes others (a list file that cannot be read): it is reported first. */
  root?: true;
}

export type FieldPath = ReadonlyArray<string | number>;

/** `sessions[0].end` from `['sessions', 0, 'end']`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

// C0 and C1 controls (line breaks, ESC), DEL, and the characters that reorder or hide text
// (bidirectional controls, zero-width, line and paragraph separators).
// eslint-disable-next-line no-control-regex -- these characters are what is escaped
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Text from content made safe to print on one line: a file name, key or value may hold a line
 * break followed by `::warning` (a CI command) or an escape sequence that rewrites the
 * terminal. Each such character is written as `\n`, `\t` or `\u{1b}` (one regular expression:
 * no library escapes for both a terminal and GitHub's workflow commands).
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}

/** Where a problem is, as printed: `content/requests/kaigi.mdx`, `public/materials/a.svg`. */
export function problemPath(problem: Problem, contentRoot = ''): string {
  return `${problem.folder === 'public' ? 'public/' : contentRoot}${problem.file}`;
}

/** `['sessions', 0, 'end']` from `sessions[0].end`: the inverse of `formatFieldPath`. */
export function parseFieldPath(field: string): FieldPath {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `content/requests/kaigi.mdx:12: sessions[0].end: …` — one line per problem, whatever it quotes. */
export function formatProblem(problem: Problem, contentRoot = ''): string {
  const location = `${problemPath(problem, contentRoot)}${problem.line ? `:${problem.line}` : ''}`;
  const label = problem.severity === 'warning' ? '警告' : 'エラー';
  return printable(`${location}: ${label}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
}

export class ContentError extends Error {
  constructor(
    readonly problems: Problem[],
    contentRoot = '',
  ) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `コンテンツに${errors.length}件のエラーがあります。ファイルを直してからもう一度ビルドしてください。\n` +
        errors.map((problem) => formatProblem(problem, contentRoot)).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Root causes first, then by file and line: the order problems are reported in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      Number(b.root ?? false) - Number(a.root ?? false) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
