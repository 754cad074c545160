/**
 * `npm run bench`: builds synthetic handbooks with our site and, alternating in the same run,
 * with a plain Astro project over the same files (scripts/bench/baseline: one glob collection
 * per folder, MDX, a page per entry), and prints a Markdown report.
 *
 *   npm run bench                       1,000 and 5,000 entries, 3 runs each
 *   npm run bench -- --full             1,000, 5,000 and 10,000 entries
 *   npm run bench -- --sizes 2000 --runs 5
 *   npm run bench -- --quick            one small run of everything: the smoke run .ci/run makes after the tests
 *   npm run bench -- --keep             keep the generated handbooks and sites (path printed)
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../../src/domain/errors';
import { loadHandbook } from '../../src/source/load-handbook';
import type { DispatchTiming } from './lib/dispatch-timing';
import { BENCH_TODAY, generateHandbook, sizesFor, writeHandbook } from './lib/generate-handbook';
import { measure, type Measured } from './lib/measure';
import { weighSite, type SiteWeight } from './lib/page-weight';
import { FIRST_SCREEN } from '../../src/search/browser/search-page';
import {
  COLD_QUERIES,
  plainIndexSite,
  timeSearch,
  WARM_QUERIES,
  type SearchTiming,
} from './lib/search-timing';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '20261001' },
    full: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? (values.quick ? '200' : values.full ? '1000,5000,10000' : '1000,5000'))
  .split(',')
  .map(Number);
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 20) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    'usage: npm run bench -- [--sizes 1000,5000] [--runs 3] [--full] [--quick] [--keep] [--seed S]',
  );
  process.exit(2);
}

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};
const work = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
/** Pagefind's indexer, whose memory the report also shows apart. */
const PAGEFIND = /^pagefind/;

interface Result {
  entries: number;
  ours: Measured[];
  rebuild: Measured[];
  baseline: Measured[];
  baselineRebuild: Measured[];
  pagefind: { ours: Measured; baseline: Measured };
  weight: { ours: SiteWeight; baseline: SiteWeight };
  /** Search in Chromium: ours, and one plain Pagefind index of the same pages (with its build time). */
  search?: { ours: SearchTiming; plain: SearchTiming; plainIndexMs: number };
  dispatch?: DispatchTiming & { facilitators: number };
}

function check(run: Measured, what: string): Measured {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
  return run;
}

/** Appends a line to one report, so that exactly one entry changed since the last build. */
function changeOneEntry(content: string): () => void {
  const folder = join(content, 'reports');
  const file = join(folder, readdirSync(folder).sort()[0]);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\n追記: 当日の写真を共有フォルダに置きました。\n`);
  return () => writeFileSync(file, original);
}

async function benchSize(entries: number): Promise<Result> {
  const folder = join(work, String(entries));
  const handbook = join(folder, 'handbook');
  const content = join(handbook, 'content');
  const publicDir = join(handbook, 'public');
  writeHandbook(handbook, generateHandbook(entries, seed));
  const loaded = loadHandbook({ contentDir: content, publicDir, today: BENCH_TODAY });
  if (hasErrors(loaded.problems)) {
    throw new Error(
      `the generated handbook has errors:\n${loaded.problems
        .slice(0, 10)
        .map((p) => `${p.file}: ${p.message}`)
        .join('\n')}`,
    );
  }

  const baselineRoot = join(folder, 'baseline');
  cpSync(join(root, 'scripts/bench/baseline'), baselineRoot, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(baselineRoot, 'node_modules'), 'dir');
  const oursDist = join(folder, 'ours', 'dist');
  const oursCache = join(folder, 'ours', 'cache');
  const baselineDist = join(baselineRoot, 'dist');
  const baselineCache = join(baselineRoot, 'cache');
  const oursEnv = {
    ...env,
    HANDBOOK_CONTENT: content,
    HANDBOOK_PUBLIC: publicDir,
    HANDBOOK_TODAY: BENCH_TODAY,
    HANDBOOK_DIST: oursDist,
    HANDBOOK_CACHE: oursCache,
  };
  const baselineEnv = {
    ...env,
    BASELINE_CONTENT: content,
    BASELINE_PUBLIC: publicDir,
    BASELINE_OUT: baselineDist,
    BASELINE_CACHE: baselineCache,
  };
  const buildOurs = () =>
    measure(bin('node'), ['--import', 'tsx', 'scripts/build.ts'], {
      env: oursEnv,
      cwd: root,
      apart: PAGEFIND,
    });
  const buildBaseline = () =>
    measure(bin('astro'), ['build', '--root', baselineRoot], { env: baselineEnv, cwd: baselineRoot });

  const result: Result = {
    entries,
    ours: [],
    rebuild: [],
    baseline: [],
    baselineRebuild: [],
    pagefind: undefined!,
    weight: undefined!,
  };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
    for (const which of order) {
      if (which === 'ours') {
        // A cold build: no content cache, and no last site to take unchanged pages from.
        rmSync(join(folder, 'ours'), { recursive: true, force: true });
        mkdirSync(join(folder, 'ours'));
        result.ours.push(check(await buildOurs(), `our build of ${entries} entries`));
        const restore = changeOneEntry(content);
        result.rebuild.push(check(await buildOurs(), `our rebuild of ${entries} entries`));
        restore();
      } else {
        rmSync(baselineCache, { recursive: true, force: true });
        result.baseline.push(check(await buildBaseline(), `the baseline build of ${entries} entries`));
        // Once is enough to show the baseline gains little from its cache.
        if (run === 0) {
          const restore = changeOneEntry(content);
          result.baselineRebuild.push(
            check(await buildBaseline(), `the baseline rebuild of ${entries} entries`),
          );
          restore();
        }
      }
      console.error(`  ${entries} entries, run ${run + 1}/${runs}: ${which} done`);
    }
  }

  result.weight = { ours: weighSite(oursDist), baseline: weighSite(baselineDist) };
  result.pagefind = {
    ours: check(
      await measure(bin('tsx'), ['scripts/bench/index-site.ts', oursDist], { env, cwd: root }),
      'Pagefind on our site',
    ),
    baseline: check(
      await measure(bin('tsx'), ['scripts/bench/index-site.ts', baselineDist, '--plain'], { env, cwd: root }),
      'Pagefind on the baseline site',
    ),
  };
  try {
    const plainSite = join(folder, 'plain');
    const started = performance.now();
    await plainIndexSite(oursDist, plainSite);
    const plainIndexMs = performance.now() - started;
    const bytesOf = (site: string) => weighSite(site).searchIndex?.bytes ?? 0;
    result.search = {
      ours: await timeSearch(oursDist, 'ours', COLD_QUERIES, WARM_QUERIES, bytesOf(oursDist)),
      plain: await timeSearch(plainSite, 'plain', COLD_QUERIES, WARM_QUERIES, bytesOf(plainSite)),
      plainIndexMs,
    };
  } catch (error) {
    console.error(`search timing failed:\n${String(error)}`);
  }
  const dispatch = await measure(
    bin('tsx'),
    ['scripts/bench/matching.ts', '--content', content, '--today', BENCH_TODAY, '--json'],
    { env, cwd: root },
  );
  if (dispatch.code === 0)
    result.dispatch = JSON.parse(dispatch.output.trim().split('\n').at(-1)!) as Result['dispatch'];
  else {
    // A report with a row missing is no report: the smoke run (--quick) must fail on it.
    console.error(`directory and matching timing failed:\n${dispatch.output.slice(-2000)}`);
    process.exitCode = 1;
  }
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function report(results: Result[]): string {
  const { version: astroVersion } = JSON.parse(
    readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8'),
  ) as { version: string };
  const lines = [
    `# Build benchmark: our site vs plain Astro ${astroVersion} (.mdx)`,
    '',
    `Node ${process.version}, ${cpus().length} cores, ${runs} run(s) per build, alternating; seed ${seed}; today ${BENCH_TODAY}.`,
    'Ours: `npm run build` (astro build, derived pages, search index); cold = no content cache and no last site.',
    'Baseline: scripts/bench/baseline (glob collections, @astrojs/mdx, a page per entry with render()).',
    'Rebuild: the same build again after changing one report.',
    '',
    row(['entries', 'build', 'wall s (median)', 'ms / entry', 'peak RSS', 'ours / baseline']),
    row(['---:', '---', '---:', '---:', '---:', '---:']),
  ];
  for (const r of results) {
    const ours = median(r.ours.map((m) => m.ms));
    const rebuild = median(r.rebuild.map((m) => m.ms));
    const baseline = median(r.baseline.map((m) => m.ms));
    const baselineRebuild = median(r.baselineRebuild.map((m) => m.ms));
    const peak = (ms: Measured[]) => megabytes(Math.max(...ms.map((m) => m.peakRss)));
    lines.push(
      row([
        r.entries,
        'ours, cold',
        seconds(ours),
        (ours / r.entries).toFixed(1),
        peak(r.ours),
        `${(ours / baseline).toFixed(2)}×`,
      ]),
      row([
        r.entries,
        'ours, rebuild after one change',
        seconds(rebuild),
        (rebuild / r.entries).toFixed(1),
        peak(r.rebuild),
        `${(rebuild / baseline).toFixed(2)}× (${(rebuild / ours).toFixed(2)}× of our cold build)`,
      ]),
      row([
        r.entries,
        'ours, cold, less Pagefind alone (estimate)',
        seconds(ours - r.pagefind.ours.ms),
        ((ours - r.pagefind.ours.ms) / r.entries).toFixed(1),
        `${megabytes(Math.max(...r.ours.map((m) => m.peakRssApart)))} without Pagefind`,
        `${((ours - r.pagefind.ours.ms) / baseline).toFixed(2)}×`,
      ]),
      row([
        r.entries,
        'plain Astro, cold',
        seconds(baseline),
        (baseline / r.entries).toFixed(1),
        peak(r.baseline),
        '1.00×',
      ]),
      row([
        r.entries,
        'plain Astro, rebuild after one change',
        seconds(baselineRebuild),
        (baselineRebuild / r.entries).toFixed(1),
        peak(r.baselineRebuild),
        `${(baselineRebuild / baseline).toFixed(2)}×`,
      ]),
    );
  }

  lines.push(
    '',
    '## Search index (Pagefind alone, on the built sites)',
    '',
    row(['entries', 'site', 'seconds', 'peak RSS', 'index size', 'files']),
    row(['---:', '---', '---:', '---:', '---:', '---:']),
  );
  for (const r of results) {
    for (const site of ['ours', 'baseline'] as const) {
      const index = r.weight[site].searchIndex;
      lines.push(
        row([
          r.entries,
          site === 'ours' ? 'ours' : 'plain Astro',
          seconds(r.pagefind[site].ms),
          megabytes(r.pagefind[site].peakRss),
          index ? megabytes(index.bytes) : '—',
          index?.files ?? '—',
        ]),
      );
    }
  }

  lines.push(
    '',
    '## Search in Chromium: ours against one plain Pagefind index of the same pages',
    '',
    `Cold: a fresh browser, page load to the first screen of results drawn (the first ${FIRST_SCREEN}, with titles and excerpts; median of ${COLD_QUERIES.join('、')}), with every request and byte of the page of 20;`,
    `warm: another query on the same page, to its first screen drawn (median and slowest of ${WARM_QUERIES.join('、')}), and to all 20 (median).`,
    'Both pages draw the first screen first and the rest of the 20 after it.',
    'The plain index is Pagefind with its defaults (its own Japanese segmenter) over the same HTML, searched with its JS API.',
    '',
    row([
      'entries',
      'index',
      'cold ms',
      'cold requests',
      'cold KB',
      'warm ms (median)',
      'warm ms (slowest)',
      'warm ms, all 20',
      'index on disk',
    ]),
    row(['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  );
  for (const r of results) {
    if (!r.search) {
      lines.push(row([r.entries, 'failed', '', '', '', '', '', '', '']));
      continue;
    }
    for (const [label, t] of [
      ['ours', r.search.ours],
      [`one plain Pagefind index (built in ${seconds(r.search.plainIndexMs)} s)`, r.search.plain],
    ] as const)
      lines.push(
        row([
          r.entries,
          label,
          t.coldMs.toFixed(0),
          t.coldRequests,
          (t.coldBytes / 1024).toFixed(0),
          t.warmMs.toFixed(0),
          t.warmMaxMs.toFixed(0),
          t.warmPageMs.toFixed(0),
          megabytes(t.indexBytes),
        ]),
      );
  }

  for (const r of results) {
    const w = r.weight.ours;
    lines.push(
      '',
      `## Page weight, ours, ${r.entries} entries`,
      '',
      `All CSS (distinct stylesheets): ${kilobytes(w.cssTotal)}; all JavaScript files: ${kilobytes(w.jsFilesTotal)}.`,
      '',
    );
    lines.push(
      row(['page type', 'pages', 'HTML median', 'HTML max', 'JS on load (max)', 'CSS (max)']),
      row(['---', '---:', '---:', '---:', '---:', '---:']),
    );
    for (const t of w.types)
      lines.push(
        row([
          `\`${t.type}\``,
          t.pages,
          kilobytes(t.htmlMedian),
          kilobytes(t.htmlMax),
          kilobytes(t.jsMax),
          kilobytes(t.cssMax),
        ]),
      );
  }

  lines.push(
    '',
    '## Directory and matching alone (on the generated handbook)',
    '',
    row([
      'entries',
      'facilitators',
      'requests needing suggestions',
      'context ms',
      'directory ms',
      'suggestions ms',
      'total ms',
    ]),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  );
  for (const r of results) {
    const d = r.dispatch;
    lines.push(
      d
        ? row([
            r.entries,
            d.facilitators,
            d.requests,
            d.contextMs.toFixed(0),
            d.directoryMs.toFixed(0),
            d.suggestionsMs.toFixed(0),
            d.totalMs.toFixed(0),
          ])
        : row([r.entries, 'failed', '', '', '', '', '']),
    );
  }
  lines.push('', 'For 5,000 facilitators and 2,000 open requests: `npx tsx scripts/bench/matching.ts`.');
  return lines.join('\n');
}

try {
  const results: Result[] = [];
  for (const entries of sizes) {
    console.error(
      `${entries} entries (${Object.entries(sizesFor(entries))
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')})`,
    );
    results.push(await benchSize(entries));
  }
  const text = report(results);
  console.log(text);
  if (!values.quick) {
    mkdirSync(join(root, 'bench-results'), { recursive: true });
    const file = join(root, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    writeFileSync(file, `${text}\n`);
    console.error(`\nsaved to ${file}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
