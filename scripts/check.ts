/**
 * `npm run check`: validates the content folder without building the site, through the same
 * loader as the build. One line per problem; exit 1 on any error (and on warnings with --strict).
 *
 *   --strict          warnings fail too (what CI runs)
 *   --format json     for machines
 *   --format github   also as annotations, so a pull request shows each problem on its line
 */
import { parseArgs } from 'node:util';
import { checkHandbook } from '../src/source/check-handbook';
import { settingsWarnings } from '../src/source/settings';
import { checkReport, type ReportFormat } from './lib/check-report';
import { settingsOrExit } from './lib/settings-or-exit';

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'github'];

function readArguments(): { strict: boolean; format: ReportFormat } {
  try {
    const { values } = parseArgs({
      options: { strict: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
    });
    if (!FORMATS.includes(values.format as ReportFormat))
      throw new Error(`--format は ${FORMATS.join('・')} のどれかにしてください`);
    return { strict: values.strict, format: values.format as ReportFormat };
  } catch (error) {
    console.error(
      `${(error as Error).message}\n使い方: npm run check [-- --strict] [-- --format ${FORMATS.join('|')}]`,
    );
    process.exit(2);
  }
}

const { strict, format } = readArguments();
const settings = settingsOrExit();
for (const warning of settingsWarnings(process.env, settings, { production: false })) console.error(warning);
const { problems } = await checkHandbook(settings);
const failed = problems.some((p) => p.severity === 'error' || strict);

for (const line of checkReport(problems, format, strict)) console.log(line);
process.exitCode = failed ? 1 : 0;
