/**
 * Writes a synthetic handbook of N pages (content/ and public/) into a folder, for benchmarks
 * and for trying the site on a large handbook. Same seed, same files.
 *
 *   npx tsx scripts/bench/generate.ts <folder> [--entries 1000] [--seed 20261001]
 *   HANDBOOK_CONTENT=<folder>/content HANDBOOK_TODAY=2026-10-01 npm run build
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_TODAY, generateHandbook, sizesFor, writeHandbook } from './lib/generate-handbook';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { entries: { type: 'string', default: '1000' }, seed: { type: 'string', default: '20261001' } },
});
const folder = positionals[0];
const entries = Number(values.entries);
if (!folder || !Number.isInteger(entries) || entries < 20) {
  console.error('usage: tsx scripts/bench/generate.ts <folder> [--entries N (at least 20)] [--seed S]');
  process.exit(2);
}
const target = resolve(folder);
if (existsSync(target) && readdirSync(target).length > 0) {
  console.error(`${target} is not empty: choose a new folder`);
  process.exit(2);
}
writeHandbook(target, generateHandbook(entries, Number(values.seed)));
console.log(
  `${entries} pages written to ${target} (${Object.entries(sizesFor(entries))
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}); build with HANDBOOK_CONTENT=${target}/content HANDBOOK_TODAY=${BENCH_TODAY}`,
);
