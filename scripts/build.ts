/**
 * Builds the handbook into a fresh folder and puts it in place of `dist/` only when every step
 * succeeded, so a failed build leaves the last good site exactly as it was. A rebuild renders
 * only the pages whose inputs changed and takes the others over from the last good site.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { buildDigest } from './lib/build-digest';
import { removeDigests, takeOverKeptPages, writeDigests } from './lib/kept-pages';
import { run } from './lib/run';
import { writeSearchIndex } from './lib/search-index';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env.HANDBOOK_DIST || 'dist');
mkdirSync(dirname(outDir), { recursive: true });
// One staging path per dist rather than a random one: the output folder is part of Astro's
// config, and a changed config empties the content cache that lets a rebuild skip unchanged pages.
const staging = join(dirname(outDir), `.dist-staging-${basename(outDir)}`);
rmSync(staging, { recursive: true, force: true });
// The site the last build replaced stays beside dist/ until the next build removes it, in the
// background while Astro runs: it shares most files with dist/ (hard links), and unlinking
// them all would add a second to every rebuild at 5,000 entries.
const replaced = join(dirname(outDir), `.dist-replaced-${basename(outDir)}`);
const removingReplaced = rm(replaced, { recursive: true, force: true });
// Astro writes its render chunks under the working directory when the output is outside it:
// a working folder per build, inside the project so the chunks find node_modules, keeps
// concurrent builds (tests, benchmarks) from deleting each other's chunks.
mkdirSync(join(root, '.astro'), { recursive: true });
const workDir = mkdtempSync(join(root, '.astro', 'build-'));
// The digests the last good site was built from live beside it, written only once it is in place.
const pageDigests = join(dirname(outDir), `.dist-pages-${basename(outDir)}.json`);
const pageRecord = join(workDir, 'pages.jsonl');
const env = {
  ...process.env,
  HANDBOOK_CONTENT: resolve(process.env.HANDBOOK_CONTENT || 'content'),
  ...(process.env.HANDBOOK_PUBLIC && { HANDBOOK_PUBLIC: resolve(process.env.HANDBOOK_PUBLIC) }),
  HANDBOOK_OUT: staging,
  // The content cache of each dist lives beside it, so builds of other content never clear it.
  HANDBOOK_CACHE: resolve(
    process.env.HANDBOOK_CACHE || join(dirname(outDir), `.dist-cache-${basename(outDir)}`),
  ),
  ASTRO_TELEMETRY_DISABLED: '1',
  HANDBOOK_BUILD_DIGEST: buildDigest(root, process.env),
  HANDBOOK_PAGE_RECORD: pageRecord,
  ...(existsSync(outDir) &&
    existsSync(pageDigests) && { HANDBOOK_PREVIOUS_DIST: outDir, HANDBOOK_PAGE_DIGESTS: pageDigests }),
};

let digests: Record<string, string> = {};

async function build(): Promise<boolean> {
  if ((await run('astro', ['build', '--root', root], env, workDir)) !== 0) return false;
  const pages = takeOverKeptPages(pageRecord, outDir, staging);
  digests = pages.digests;
  if (pages.kept > 0) console.log(`変更のない ${pages.kept} ページは前回のサイトから引き継ぎました`);
  const search = await writeSearchIndex(staging, { previous: outDir });
  if (search.errors.length > 0) {
    console.error(`検索インデックスを作れませんでした:\n${search.errors.join('\n')}`);
    return false;
  }
  console.log(`検索の索引を作りました（${search.pages} ページ）`);
  return true;
}

try {
  if (!(await build())) {
    console.error(`\nビルドに失敗しました。${outDir} は前回のまま変えていません。`);
    process.exitCode = 1;
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
}
