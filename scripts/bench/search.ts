/**
 * Times search alone on a site built already, ours against one plain Pagefind index of the same
 * pages, alternating, as `npm run bench` does after its builds (lib/search-timing.ts): the loop
 * to use while working on search speed. The plain copy is made once, beside the site, and kept.
 *
 *   npx tsx scripts/bench/generate.ts /tmp/ss/1000 --entries 1000
 *   PATH=$PWD/node_modules/.bin:$PATH HANDBOOK_CONTENT=/tmp/ss/1000/content \
 *     HANDBOOK_PUBLIC=/tmp/ss/1000/public HANDBOOK_DIST=/tmp/ss/1000/dist \
 *     HANDBOOK_CACHE=/tmp/ss/1000/cache HANDBOOK_TODAY=2026-10-01 npm run build
 *   npx tsx scripts/bench/search.ts /tmp/ss/1000/dist [--rounds 3] [--plain-again]
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { weighSite } from './lib/page-weight';
import {
  COLD_QUERIES,
  plainIndexSite,
  timeSearch,
  writePlainSearchPage,
  WARM_QUERIES,
  type SearchTiming,
} from './lib/search-timing';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' }, 'plain-again': { type: 'boolean', default: false } },
});
const rounds = Number(values.rounds);
if (positionals.length !== 1 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: tsx scripts/bench/search.ts <built site> [--rounds 3] [--plain-again]');
  process.exit(2);
}
const site = resolve(positionals[0]);
const plainSite = `${site}-plain`;
if (values['plain-again'] || !existsSync(resolve(plainSite, 'pagefind', 'pagefind-entry.json'))) {
  rmSync(plainSite, { recursive: true, force: true });
  console.error(`indexing ${plainSite} with Pagefind's defaults…`);
  await plainIndexSite(site, plainSite);
} else writePlainSearchPage(plainSite);

const bytesOf = (folder: string) => weighSite(folder).searchIndex?.bytes ?? 0;
const kinds = { ours: site, plain: plainSite } as const;
const all: Record<keyof typeof kinds, SearchTiming[]> = { ours: [], plain: [] };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (kind: string, t: SearchTiming) =>
  `${kind.padEnd(5)} cold ${t.colds.map((c) => `${c.ms.toFixed(0)} ms/${c.requests} req/${(c.bytes / 1024).toFixed(0)} KB`).join(', ')}` +
  ` | warm median ${median(t.warms).toFixed(0)} max ${Math.max(...t.warms).toFixed(0)} ms [${t.warms.map((w) => w.toFixed(0)).join(' ')}], all 20: ${t.warmPageMs.toFixed(0)} ms`;

for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const);
  for (const kind of order) {
    const timing = await timeSearch(kinds[kind], kind, COLD_QUERIES, WARM_QUERIES, bytesOf(kinds[kind]));
    all[kind].push(timing);
    console.log(`round ${round + 1} ${line(kind, timing)}`);
  }
}
console.log(`\ncold: ${COLD_QUERIES.join('、')}; warm: ${WARM_QUERIES.join('、')}; ${rounds} round(s)`);
for (const kind of ['ours', 'plain'] as const) {
  const colds = all[kind].flatMap((t) => t.colds);
  const warms = all[kind].flatMap((t) => t.warms);
  const pages = all[kind].map((t) => t.warmPageMs);
  console.log(
    `${kind.padEnd(5)} cold median ${median(colds.map((c) => c.ms)).toFixed(0)} ms, ` +
      `${median(colds.map((c) => c.requests))} requests, ${(median(colds.map((c) => c.bytes)) / 1024).toFixed(0)} KB; ` +
      `warm median ${median(warms).toFixed(0)} ms, slowest ${Math.max(...warms).toFixed(0)} ms, all 20 ${median(pages).toFixed(0)} ms; index ${(bytesOf(kinds[kind]) / 1e6).toFixed(1)} MB`,
  );
}
