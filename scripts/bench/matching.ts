/**
 * Times what a build does for the dispatch pages on a large synthetic handbook: building the
 * matching context, the directory of every department and the suggestions for every request
 * that needs them. Target: under 2 s for 5,000 facilitators and 2,000 open requests.
 *
 *   npx tsx scripts/bench/matching.ts [seed]          (LIMIT=n: suggestions kept per request, default 10)
 *   npx tsx scripts/bench/matching.ts --content <folder> --today <date> --json   (a content folder, for npm run bench)
 */
import { parseArgs } from 'node:util';
import { loadHandbook } from '../../src/source/load-handbook';
import { timeDispatch } from './lib/dispatch-timing';
import { syntheticHandbook } from './synthetic-handbook';

const TARGET_MS = 2000;
// Suggestions kept per request, as a request page shows them; LIMIT=Infinity ranks and
// explains every candidate (all 5,000 of them: seconds, not what a page needs).
const SHOWN = 10;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string' },
    today: { type: 'string', default: '2026-10-01' },
    json: { type: 'boolean', default: false },
  },
});
const TODAY = values.today;
const seed = Number(positionals[0] ?? 20261001);

const handbook = values.content
  ? loadHandbook({ contentDir: values.content, publicDir: `${values.content}/../public`, today: TODAY })
      .handbook
  : syntheticHandbook(seed, {
      facilitators: 5000,
      bureaus: 25,
      regionalOffices: 15,
      openRequests: 2000,
      pastRequests: 3000,
      reports: 2000,
    });

const timing = timeDispatch(handbook, TODAY, Number(process.env.LIMIT ?? SHOWN));
if (values.json) {
  console.log(JSON.stringify({ ...timing, facilitators: handbook.facilitators.length }));
  process.exit(0);
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(
  `${values.content ?? `synthetic handbook (seed ${seed})`}: ${handbook.facilitators.length} facilitators, ${handbook.departments.length} departments, ${handbook.requests.length} requests, ${handbook.reports.length} reports`,
);
console.log(`context      ${ms(timing.contextMs)}`);
console.log(
  `directory    ${ms(timing.directoryMs)}  (${handbook.departments.length} departments, ${timing.directoryEntries} entries)`,
);
console.log(
  `suggestions  ${ms(timing.suggestionsMs)}  (${timing.requests} requests, ${timing.suggested} ranked, ${timing.excluded} excluded)`,
);
console.log(`total        ${ms(timing.totalMs)}  (target ${ms(TARGET_MS)})`);
if (timing.totalMs > TARGET_MS) process.exitCode = 1;
