import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { assignShards } from '../../src/domain/search/shards';
import { linkTree } from './link-tree';
import { findSearchPages, type SearchPage } from './search-pages';
import { buildShard, indexedPages, PAGEFIND_CONFIG } from './search-shard';
import { WORD_BUCKETS } from './shard-words';
import { WORD_BOUNDARIES } from '../../src/domain/search/segment-page';
import { readSettings } from '../../src/source/settings';

const LOADER = fileURLToPath(new URL('./handbook-search.js', import.meta.url));
const WORKER = new URL('./search-shard-worker.ts', import.meta.url);
const SHARDS_AT_ONCE = 2;

export interface SearchIndexOptions {
  /** The last good site: its shards with the same digest are linked, not indexed again. */
  previous?: string;
  /** Pages per shard; default HANDBOOK_SEARCH_SHARD_SIZE (500: a few hundred MB of Pagefind's memory at most). */
  shardSize?: number;
}

export interface SearchIndexResult {
  errors: string[];
  /** Pages the index holds, over every shard. */
  pages: number;
  shards: number;
  /** Shards linked from `previous`. */
  reused: number;
}

/** What a shard's files depend on besides its pages: Pagefind's version, the binary it runs, its config, the word boundaries and lists. */
function indexer(): string {
  const pagefind = JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as {
    version: string;
  };
  // The npm package runs the binary these name before its own.
  const binaries = [process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? '', process.env.PAGEFIND_BINARY_PATH ?? ''];
  return JSON.stringify([pagefind.version, binaries, PAGEFIND_CONFIG, WORD_BOUNDARIES, WORD_BUCKETS]);
}

/** The characters Pagefind keeps in words besides letters, which the browser needs to split a query as Pagefind does. */
function includeCharacters(folder: string): string[] {
  return (
    JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { include_characters: string[] }
  ).include_characters;
}

/** A shard's folder name: the digest of everything its files are made from, so equal names mean equal files. */
function shardName(indexer: string, pages: readonly SearchPage[]): string {
  const hash = createHash('sha256').update(indexer);
  for (const page of pages) hash.update(`\n${page.path}\0${page.digest}`);
  return hash.digest('hex').slice(0, 16);
}

function shardSize(options: SearchIndexOptions): number {
  return options.shardSize ?? readSettings().searchShardSize;
}

/**
 * Indexes shards two at a time, each in a worker thread with Pagefind processes of its own: one
 * Pagefind process keeps only about one and a half cores busy, and two shards' memory is still
 * far below the site build's. A single shard (a rebuild after a small change) is built on this
 * thread: a worker would take longer to start than the shard to index. Returns the first
 * shard's problems, none on success.
 */
async function indexShards(site: string, shards: { paths: string[]; output: string }[]): Promise<string[]> {
  if (shards.length === 1) return buildShard(site, shards[0].paths, shards[0].output);
  const queue = [...shards];
  const failures: string[][] = [];
  const lanes = Array.from({ length: Math.min(SHARDS_AT_ONCE, queue.length) }, async () => {
    const worker = new Worker(WORKER, { execArgv: ['--import', 'tsx'] });
    try {
      for (let shard = queue.shift(); shard && failures.length === 0; shard = queue.shift()) {
        const errors = await new Promise<string[]>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ site, ...shard });
        });
        worker.removeAllListeners('error');
        if (errors.length > 0) failures.push(errors);
      }
    } finally {
      await worker.terminate();
    }
  });
  await Promise.all(lanes);
  return failures[0] ?? [];
}

/**
 * Indexes a built site with Pagefind into shards under `<site>/pagefind/<name>/` (each with its
 * word lists, `words/`), listed in `<site>/pagefind/shards.json` in merge order, and writes the
 * browser's loader beside them (`handbook-search.js`). Each shard is a Pagefind index of its
 * own, built by a Pagefind process of its own, two at a time, so the peak memory is two
 * shards'. Returns the problems (none on success), how many pages the index holds, and how many
 * shards it has and took from `previous`.
 */
export async function writeSearchIndex(
  site: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const bundle = join(site, 'pagefind');
  try {
    rmSync(bundle, { recursive: true, force: true });
    const recipe = indexer();
    const shards = assignShards(findSearchPages(site), shardSize(options)).map((pages) => ({
      name: shardName(recipe, pages),
      pages,
    }));
    mkdirSync(bundle, { recursive: true });
    const fresh = shards.filter(
      ({ name }) =>
        !(options.previous && existsSync(join(options.previous, 'pagefind', name, 'pagefind-entry.json'))),
    );
    const errors = await indexShards(
      site,
      fresh.map(({ name, pages }) => ({ paths: pages.map((page) => page.path), output: join(bundle, name) })),
    );
    if (errors.length > 0) return { errors, pages: 0, shards: 0, reused: 0 };
    const listed: { name: string; pages: number }[] = [];
    let reused = 0;
    for (const { name } of shards) {
      const folder = join(bundle, name);
      if (!existsSync(folder)) {
        linkTree(join(options.previous!, 'pagefind', name), folder);
        reused++;
      }
      listed.push({ name, pages: indexedPages(folder) });
    }
    const listing = {
      wordBuckets: WORD_BUCKETS,
      includeCharacters: listed.length > 0 ? includeCharacters(join(bundle, listed[0].name)) : [],
      shards: listed,
    };
    writeFileSync(join(bundle, 'shards.json'), `${JSON.stringify(listing, null, 2)}\n`);
    copyFileSync(LOADER, join(bundle, 'handbook-search.js'));
    return {
      errors: [],
      pages: listed.reduce((sum, shard) => sum + shard.pages, 0),
      shards: listed.length,
      reused,
    };
  } catch (error) {
    return { errors: [String(error)], pages: 0, shards: 0, reused: 0 };
  }
}
