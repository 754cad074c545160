/**
 * One problem found in content: where it is, which field, what is wrong and how to fix it.
 * The build, the content check and the tests all report through this type.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the file relative to the content folder, e.g. `requests/kaigi.mdx`. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** The field as written in the file, e.g. `sessions[0].end`; empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, in Japanese. */
  message: string;
}

export type FieldPath = ReadonlyArray<string | number>;

/** `sessions[0].end` from `['sessions', 0, 'end']`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** `content/requests/kaigi.mdx:12: sessions[0].end: …` — one line per problem. */
export function formatProblem(problem: Problem, contentRoot = ''): string {
  const location = `${contentRoot}${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  const label = problem.severity === 'warning' ? '警告' : 'エラー';
  return `${location}: ${label}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
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

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
