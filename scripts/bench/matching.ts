/**
 * Times what a build does for the dispatch pages on a large synthetic handbook: building the
 * matching context, the directory of every department and the suggestions for every request
 * that needs them. Target: under 2 s for 5,000 facilitators and 2,000 open requests.
 *
 *   npx tsx scripts/bench/matching.ts [seed]
 */
import { performance } from 'node:perf_hooks';
import { directoryFor, directoryRows } from '../../src/domain/directory/directory';
import { buildMatchingContext } from '../../src/domain/matching/context';
import { requestsNeedingSuggestions, suggestForRequest } from '../../src/domain/matching/suggest';
import { syntheticHandbook } from './synthetic-handbook';

const TARGET_MS = 2000;
const TODAY = '2026-10-01';
const seed = Number(process.argv[2] ?? 20261001);

const handbook = syntheticHandbook(seed, { facilitators: 5000, bureaus: 25, regionalOffices: 15, openRequests: 2000, pastRequests: 3000, reports: 2000 });

const started = performance.now();
const context = buildMatchingContext(handbook);
const contextDone = performance.now();
const rows = directoryRows(context, TODAY);
let directoryEntries = 0;
for (const department of handbook.departments) directoryEntries += directoryFor(department.id, context, TODAY, rows).length;
const directoryDone = performance.now();
let suggested = 0;
let excluded = 0;
const requests = requestsNeedingSuggestions(handbook);
for (const request of requests) {
  const result = suggestForRequest(request, context, { limit: Number(process.env.LIMIT ?? Infinity) });
  suggested += result.suggestions.length;
  excluded += result.excluded.length;
}
const finished = performance.now();

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`synthetic handbook (seed ${seed}): ${handbook.facilitators.length} facilitators, ${handbook.departments.length} departments, ${handbook.requests.length} requests, ${handbook.reports.length} reports`);
console.log(`context      ${ms(contextDone - started)}`);
console.log(`directory    ${ms(directoryDone - contextDone)}  (${handbook.departments.length} departments, ${directoryEntries} entries)`);
console.log(`suggestions  ${ms(finished - directoryDone)}  (${requests.length} requests, ${suggested} ranked, ${excluded} excluded)`);
console.log(`total        ${ms(finished - started)}  (target ${ms(TARGET_MS)})`);
if (finished - started > TARGET_MS) process.exitCode = 1;
