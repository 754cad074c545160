import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { ownedPrefix } from '../build/owner';
import { withWordBoundaries } from '../../src/domain/search/segment-page';
import { writeShardWords } from './shard-words';

/**
 * How Pagefind is set up: part of every shard's digest, with its version and binary. `jpn` is
 * Japanese (ISO 639-2) but not the `ja` for which Pagefind runs its own segmenter: the pages
 * come with word boundaries marked (src/domain/search/segment-page.ts). The browser
 * canonicalises `jpn` to `ja` and splits a query into words with `Intl.Segmenter`, as the
 * pages were split.
 */
export const PAGEFIND_CONFIG = { forceLanguage: 'jpn' };

/**
 * Where a shard's page copies are written: in memory (/dev/shm) where the system has it, else
 * beside the shard. They live for a second, and making thousands of files in new folders on
 * disk takes longer than splitting their words (1.7 s of 12 at 5,000 pages here).
 */
function copiesFolder(output: string): string {
  // Named with this build's process, so that the next build removes them if this one is killed.
  const prefix = `${ownedPrefix('handbook')}${basename(output)}-`;
  try {
    if (existsSync('/dev/shm')) return mkdtempSync(join('/dev/shm', prefix));
  } catch {
    // Not writable here: on disk, then.
  }
  return mkdtempSync(join(dirname(output), prefix));
}

/**
 * Indexes some pages of a built site into `output` with a Pagefind service of its own, stopped
 * before returning, so that only one shard is ever in memory. The pages, their word boundaries
 * marked, are written into a folder of their own and added as a directory: Pagefind reads the
 * files of a directory in parallel (pages sent one by one, with their URL, take about 10% longer
 * here), and computes each page's URL from its path as it did for the whole site. Returns the
 * problems, none on success.
 */
export async function indexShard(site: string, paths: readonly string[], output: string): Promise<string[]> {
  const pages = copiesFolder(output);
  try {
    for (const path of paths) {
      const copy = join(pages, path);
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, withWordBoundaries(readFileSync(join(site, path), 'utf8')));
    }
    const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
    if (!index) return errors;
    const added = await index.addDirectory({ path: resolve(pages) });
    if (added.errors.length > 0) return added.errors;
    const written = await index.writeFiles({ outputPath: resolve(output) });
    return written.errors;
  } catch (error) {
    return [String(error)];
  } finally {
    await pagefind.close();
    rmSync(pages, { recursive: true, force: true });
  }
}

/** A shard whole: its Pagefind index, then its word lists. Returns the problems, none on success. */
export async function buildShard(site: string, paths: readonly string[], output: string): Promise<string[]> {
  const errors = await indexShard(site, paths, output);
  if (errors.length === 0) writeShardWords(output);
  return errors;
}

/** How many pages a written Pagefind index holds, from its `pagefind-entry.json`. */
export function indexedPages(folder: string): number {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
