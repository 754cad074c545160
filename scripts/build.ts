/**
 * `npm run build`: builds the handbook into a fresh folder and puts it in place of the dist
 * folder only when every step succeeded, so a failed build leaves the last good site exactly as
 * it was. A rebuild renders only the pages whose inputs changed and takes the others over from
 * the last good site. One build at a time per dist folder: a second one waits.
 * scripts/build/README.md has the rules this rests on.
 *
 *   --local   a build to look at on this machine (`npm start`): no warning about HANDBOOK_SITE
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_PLAN_VARIABLE, RECORD_FILE, type BuildPlan } from '../src/source/build-plan';
import { removeUnfinishedBodies } from '../src/source/body-cache';
import { settingsEnvironment, settingsWarnings } from '../src/source/settings';
import { buildDigest } from './build/build-digest';
import {
  keepablePages,
  removeDigests,
  takeOverKeptPages,
  takeRecord,
  writeDigests,
} from './build/kept-pages';
import { removeLeftovers } from './build/leftovers';
import { lockFolder, type Lock, type LockInfo } from './build/lock';
import { ownedPrefix } from './build/owner';
import { settingsOrExit } from './lib/settings-or-exit';
import { run } from './lib/run';
import { writeSearchIndex } from '../src/search/build/write-index';

const root = resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({ options: { local: { type: 'boolean', default: false } } });
const settings = settingsOrExit();
for (const warning of settingsWarnings(process.env, settings, { production: !flags.local }))
  console.warn(`${warning}\n`);

const outDir = settings.distDir;
const beside = (name: string) => join(dirname(outDir), `.dist-${name}-${basename(outDir)}`);
// One staging path per dist rather than a random one: the output folder is part of Astro's
// config, and a changed config empties the content cache that lets a rebuild skip unchanged
// pages. The lock on the dist folder makes it this build's own.
const staging = beside('staging');
// The site the last build replaced stays beside dist/ until the next build removes it, in the
// background while Astro runs: it shares most files with dist/ (hard links), and unlinking
// them all would add a second to every rebuild at 5,000 entries.
const replaced = beside('replaced');
// The digests the last good site was built from live beside it, written only once it is in place.
const pageDigests = join(dirname(outDir), `.dist-pages-${basename(outDir)}.json`);

// What killed builds left outside any dist folder; a running build's folders are never touched.
removeLeftovers([
  { folder: join(root, '.astro'), kind: 'build' },
  // Page copies of the sharded search step, which older builds made there.
  { folder: '/dev/shm', kind: 'handbook' },
]);

function waiting(folder: string, owner: LockInfo | undefined, file: string) {
  const who = owner
    ? `pid ${owner.pid}、${new Date(owner.started).toLocaleTimeString('ja-JP')} 開始`
    : '開始したところ';
  console.log(`別のビルド（${who}）が ${folder} を使っています。終わるのを待ってから始めます（${file}）。`);
}

mkdirSync(dirname(outDir), { recursive: true });
// The dist folder, then the content cache (which HANDBOOK_CACHE may share between dist folders):
// every build locks in this order, so that no two builds wait for each other in a circle.
const locks: Lock[] = [];
for (const folder of [outDir, settings.cacheDir])
  locks.push(await lockFolder(folder, { onWait: (owner, file) => waiting(folder, owner, file) }));

// Under the locks: what a killed build of this dist folder and this cache left.
rmSync(staging, { recursive: true, force: true });
rmSync(`${pageDigests}.tmp`, { force: true });
removeUnfinishedBodies(settings.cacheDir);
const removingReplaced = rm(replaced, { recursive: true, force: true });
// Astro writes its render chunks under the working directory when the output is outside it:
// a working folder per build, inside the project so the chunks find node_modules.
mkdirSync(join(root, '.astro'), { recursive: true });
const workDir = mkdtempSync(join(root, '.astro', ownedPrefix('build')));

const plan: BuildPlan = {
  outDir: staging,
  cacheDir: settings.cacheDir,
  buildDigest: buildDigest(root, settings),
  previous: keepablePages(pageDigests, outDir),
};
const planFile = join(workDir, 'build-plan.json');
writeFileSync(planFile, JSON.stringify(plan));
const env = {
  ...process.env,
  ...settingsEnvironment(settings),
  [BUILD_PLAN_VARIABLE]: planFile,
  ASTRO_TELEMETRY_DISABLED: '1',
};

// Ctrl-C or a stop from CI: Astro is stopped, and the build ends as a failed one would.
const stopping = new AbortController();
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)
  process.once(signal, () => {
    console.error(`\n${signal}: ビルドを止めます`);
    process.exitCode = code;
    stopping.abort();
  });

let digests: Record<string, string> = {};

async function build(): Promise<boolean> {
  // The work folder is Astro's root (the project's config and src/ given): Astro writes what its
  // content sync makes under <root>/.astro/ through one fixed temporary name, and two builds of
  // two dist folders at once failed there. Always two levels below the project, so that the
  // style names Astro hashes from paths relative to its root are the same in every build.
  const config = relative(workDir, join(root, 'astro.config.mjs'));
  const astro = await run(
    'astro',
    ['build', '--root', workDir, '--config', config],
    env,
    workDir,
    stopping.signal,
  );
  if (astro !== 0 || stopping.signal.aborted) return false;
  const pages = takeOverKeptPages(takeRecord(join(staging, RECORD_FILE)), outDir, staging);
  digests = pages.digests;
  if (pages.kept > 0) console.log(`変更のない${pages.kept}ページは前回のサイトから引き継ぎました`);
  // The analyser's readings live with the content cache: a rebuild reads only new text.
  const search = await writeSearchIndex(staging, {
    analysisCache: join(settings.cacheDir, 'search-analysis.json'),
  });
  if (search.errors.length > 0) {
    console.error(`検索インデックスを作れませんでした:\n${search.errors.join('\n')}`);
    return false;
  }
  console.log(`検索の索引を作りました（${search.pages}ページ）`);
  return !stopping.signal.aborted;
}

try {
  if (!(await build())) {
    console.error(`\nビルドに失敗しました。${outDir} は前回のまま変えていません。`);
    process.exitCode ||= 1;
  } else {
    removeDigests(pageDigests);
    await removingReplaced;
    if (existsSync(outDir)) renameSync(outDir, replaced);
    renameSync(staging, outDir);
    writeDigests(pageDigests, digests);
    console.log(`\nビルドが完了しました: ${outDir}`);
  }
} finally {
  await removingReplaced;
  rmSync(staging, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
  for (const lock of locks.reverse()) lock.release();
}
