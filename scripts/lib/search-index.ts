import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignShards } from '../../src/domain/search/shards';
import { linkTree } from './link-tree';
import { findSearchPages, type SearchPage } from './search-pages';
import { indexedPages, indexShard, PAGEFIND_CONFIG } from './search-shard';
import { WORD_BUCKETS, writeShardWords } from './shard-words';

/** Pages per shard: about 0.7 MB each while Pagefind segments Japanese, so a few hundred MB at most. */
const SHARD_SIZE = 500;
const LOADER = fileURLToPath(new URL('./handbook-search.js', import.meta.url));

export interface SearchIndexOptions {
  /** The last good site: its shards with the same digest are linked, not indexed again. */
  previous?: string;
  /** Pages per shard; default `HANDBOOK_SEARCH_SHARD_SIZE`, else 500. */
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

/** What a shard's files depend on besides its pages: Pagefind's version, the binary it runs, its config, the word lists. */
function indexer(): string {
  const pagefind = JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as { version: string };
  // The npm package runs the binary these name before its own.
  const binaries = [process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? '', process.env.PAGEFIND_BINARY_PATH ?? ''];
  return JSON.stringify([pagefind.version, binaries, PAGEFIND_CONFIG, WORD_BUCKETS]);
}

/** The characters Pagefind keeps in words besides letters, which the browser needs to split a query as Pagefind does. */
function includeCharacters(folder: string): string[] {
  return (JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { include_characters: string[] }).include_characters;
}

/** A shard's folder name: the digest of everything its files are made from, so equal names mean equal files. */
function shardName(indexer: string, pages: readonly SearchPage[]): string {
  const hash = createHash('sha256').update(indexer);
  for (const page of pages) hash.update(`\n${page.path}\0${page.digest}`);
  return hash.digest('hex').slice(0, 16);
}

function shardSize(options: SearchIndexOptions): number {
  return options.shardSize ?? (Number(process.env.HANDBOOK_SEARCH_SHARD_SIZE) || SHARD_SIZE);
}

/**
 * Indexes a built site with Pagefind into shards under `<site>/pagefind/<name>/` (each with its
 * word lists, `words/`), listed in `<site>/pagefind/shards.json` in merge order, and writes the
 * browser's loader beside them (`handbook-search.js`). Each shard is a Pagefind index of its
 * own, built by a Pagefind process of its own, one after the other, so the peak memory is one
 * shard's. Returns the problems (none on success), how many pages the index holds, and how many
 * shards it has and took from `previous`.
 */
export async function writeSearchIndex(site: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const bundle = join(site, 'pagefind');
  try {
    rmSync(bundle, { recursive: true, force: true });
    const recipe = indexer();
    const shards = assignShards(findSearchPages(site), shardSize(options)).map((pages) => ({ name: shardName(recipe, pages), pages }));
    mkdirSync(bundle, { recursive: true });
    const listed: { name: string; pages: number }[] = [];
    let reused = 0;
    for (const { name, pages } of shards) {
      const folder = join(bundle, name);
      const earlier = options.previous && join(options.previous, 'pagefind', name);
      if (earlier && existsSync(join(earlier, 'pagefind-entry.json'))) {
        linkTree(earlier, folder);
        reused++;
      } else {
        const errors = await indexShard(site, pages.map((page) => page.path), folder);
        if (errors.length > 0) return { errors, pages: 0, shards: 0, reused: 0 };
        writeShardWords(folder);
      }
      listed.push({ name, pages: indexedPages(folder) });
    }
    const listing = { wordBuckets: WORD_BUCKETS, includeCharacters: listed.length > 0 ? includeCharacters(join(bundle, listed[0].name)) : [], shards: listed };
    writeFileSync(join(bundle, 'shards.json'), `${JSON.stringify(listing, null, 2)}\n`);
    copyFileSync(LOADER, join(bundle, 'handbook-search.js'));
    return { errors: [], pages: listed.reduce((sum, shard) => sum + shard.pages, 0), shards: listed.length, reused };
  } catch (error) {
    return { errors: [String(error)], pages: 0, shards: 0, reused: 0 };
  }
}
