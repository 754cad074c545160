/**
 * `npm run check`: validates the content folder without building the site, through the same
 * loader as the build. One line per problem; exit 1 on any error (and on warnings with --strict).
 *
 *   --strict          warnings fail too (what CI runs)
 *   --format json     for machines
 *   --format github   also as annotations, so a pull request shows each problem on its line
 */
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../src/domain/errors';
import { loadHandbook } from '../src/source/load-handbook';
import { settingsWarnings } from '../src/source/settings';
import { settingsOrExit } from './lib/settings-or-exit';

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

function readArguments(): { strict: boolean; format: Format } {
  try {
    const { values } = parseArgs({
      options: { strict: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
    });
    if (!FORMATS.includes(values.format as Format))
      throw new Error(`--format は ${FORMATS.join('・')} のどれかにしてください`);
    return { strict: values.strict, format: values.format as Format };
  } catch (error) {
    console.error(
      `${(error as Error).message}\n使い方: npm run check [-- --strict] [-- --format ${FORMATS.join('|')}]`,
    );
    process.exit(2);
  }
}

/** A GitHub Actions workflow command: the problem appears on its line of the pull request. */
function annotation(problem: Problem): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const place = [
    `file=${property(`content/${problem.file}`)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    ...(problem.field ? [`title=${property(problem.field)}`] : []),
  ];
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} ${place.join(',')}::${escape(problem.message)}`;
}

const { strict, format } = readArguments();
const settings = settingsOrExit();
for (const warning of settingsWarnings(process.env, settings, { production: false })) console.error(warning);
const { problems } = loadHandbook(settings);
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
const failed = errors.length > 0 || (strict && warnings.length > 0);

if (format === 'json') {
  console.log(JSON.stringify({ errors: errors.length, warnings: warnings.length, problems }, null, 2));
} else {
  for (const problem of problems) {
    console.log(formatProblem(problem, 'content/'));
    if (format === 'github') console.log(annotation(problem));
  }
  const summary = `\nエラー${errors.length}件、警告${warnings.length}件`;
  if (problems.length === 0) console.log(`${summary}。問題はありません。`);
  else if (!failed) console.log(`${summary}。警告は公開を止めませんが、見直してください。`);
  else
    console.log(
      `${summary}。${strict && errors.length === 0 ? '--strict のため警告も直してください。' : ''}上の行から順に直してください（読み方は CONTRIBUTING.md の「チェックのメッセージの読み方」）。`,
    );
}
process.exitCode = failed ? 1 : 0;
