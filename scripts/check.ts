/**
 * `npm run check`: validates the content folder without building the site, through the same
 * loader as the build. One line per problem; exit 1 on any error (and on warnings with --strict).
 */
import { formatProblem } from '../src/domain/errors';
import { loadHandbook } from '../src/source/load-handbook';
import { readSettings } from '../src/source/settings';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const json = args.includes('--format=json') || args[args.indexOf('--format') + 1] === 'json';

const { problems } = loadHandbook(readSettings());
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

if (json) {
  console.log(JSON.stringify({ errors: errors.length, warnings: warnings.length, problems }, null, 2));
} else {
  for (const problem of problems) console.log(formatProblem(problem, 'content/'));
  console.log(`\nエラー ${errors.length} 件、警告 ${warnings.length} 件${errors.length === 0 && warnings.length === 0 ? '。問題はありません。' : '。'}`);
}
process.exitCode = errors.length > 0 || (strict && warnings.length > 0) ? 1 : 0;
