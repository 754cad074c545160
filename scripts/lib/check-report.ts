import { formatProblem, printable, problemPath, type Problem } from '../../src/domain/errors';

/**
 * What `npm run check` prints, in its three formats. Content is untrusted: a file name, key or
 * value may hold a line break followed by `::warning` (a CI command) or an escape sequence that
 * rewrites the terminal, so every format prints such characters escaped and one problem per line.
 */
export type ReportFormat = 'text' | 'json' | 'github';

/** A GitHub Actions workflow command: the problem appears on its line of the pull request. */
export function annotation(problem: Problem): string {
  const escape = (text: string) =>
    printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const place = [
    `file=${property(problemPath(problem, 'content/'))}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    ...(problem.field ? [`title=${property(problem.field)}`] : []),
  ];
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} ${place.join(',')}::${escape(problem.message)}`;
}

// JSON.stringify escapes C0 controls only; C1 controls and the characters that reorder or hide
// text are escaped too, so that the output is safe in a terminal and means the same to a parser.
const UNPRINTABLE_IN_JSON = /[\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** The report as its lines, closing summary included. */
export function checkReport(problems: readonly Problem[], format: ReportFormat, strict: boolean): string[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (format === 'json') {
    const json = JSON.stringify({ errors: errors.length, warnings: warnings.length, problems }, null, 2);
    return [json.replace(UNPRINTABLE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)];
  }
  const lines = problems.flatMap((problem) => [
    formatProblem(problem, 'content/'),
    ...(format === 'github' ? [annotation(problem)] : []),
  ]);
  const failed = errors.length > 0 || (strict && warnings.length > 0);
  const summary = `\nエラー${errors.length}件、警告${warnings.length}件`;
  if (problems.length === 0) lines.push(`${summary}。問題はありません。`);
  else if (!failed) lines.push(`${summary}。警告は公開を止めませんが、見直してください。`);
  else
    lines.push(
      `${summary}。${strict && errors.length === 0 ? '--strict のため警告も直してください。' : ''}上の行から順に直してください（読み方は CONTRIBUTING.md の「チェックのメッセージの読み方」）。`,
    );
  return lines;
}
