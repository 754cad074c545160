import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { linkFile } from './link-tree';

/** How Pagefind is set up: part of every shard's digest, with its version and binary. */
export const PAGEFIND_CONFIG = {};

/**
 * Indexes some pages of a built site into `output` with a Pagefind service of its own, stopped
 * before returning, so that only one shard is ever in memory. The pages are linked into a
 * folder of their own and added as a directory: Pagefind parses the files of a directory in
 * parallel (added files one at a time, about twice as slow here), and computes each page's URL
 * from its path as it did for the whole site. The npm package runs its extended binary
 * (`pagefind_extended`) when installed, which segments Japanese into words; the pages say
 * `lang="ja"`, so the index is a Japanese one. Returns the problems, none on success.
 */
export async function indexShard(site: string, paths: readonly string[], output: string): Promise<string[]> {
  const pages = `${output}.pages`;
  try {
    for (const path of paths) linkFile(join(site, path), join(pages, path));
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

/** How many pages a written Pagefind index holds, from its `pagefind-entry.json`. */
export function indexedPages(folder: string): number {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
