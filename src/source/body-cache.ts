import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Rendered page bodies, one file each beside Astro's content cache, named by the entry's digest
 * so that a file is never read for another version of its entry. Kept out of Astro's data
 * store, which is bundled into the build as one module, as the Markdown itself is: the store
 * holds fields only (an eighth of its size with the bodies at 5,000 entries), so bundling and
 * loading it is quick. A page reads its own body; the feed reads those of its 50 items.
 */
export function bodyFile(cacheDir: string, collection: string, id: string, digest: string): string {
  return join(bodyFolder(cacheDir, collection), `${id}.${digest}.html`);
}

const bodyFolder = (cacheDir: string, collection: string) => join(cacheDir, 'handbook-bodies', collection);

/** Makes the folder of a collection's bodies, where writeBody writes. */
export function makeBodyFolder(cacheDir: string, collection: string): void {
  mkdirSync(bodyFolder(cacheDir, collection), { recursive: true });
}

/** How a body file being written ends; one left by a killed build is removed by the next (removeUnfinishedBodies). */
const TEMPORARY = '.tmp';

let written = 0;

/**
 * Writes a body into its collection's folder (makeBodyFolder), whole or not at all: into a
 * temporary file renamed over it, so that a build killed midway, or another process reading
 * the cache, never sees half a body. Asynchronous: thousands of files are written by libuv's
 * threads at once rather than one by one on the build's main thread.
 */
export async function writeBody(file: string, html: string): Promise<void> {
  const temporary = `${file}.${process.pid}-${written++}${TEMPORARY}`;
  await writeFile(temporary, html);
  await rename(temporary, file);
}

/** Removes the half-written bodies of builds that were killed, from a cache no build is using. */
export function removeUnfinishedBodies(cacheDir: string): number {
  const root = join(cacheDir, 'handbook-bodies');
  if (!existsSync(root)) return 0;
  let removed = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(TEMPORARY)) continue;
    rmSync(join(entry.parentPath, entry.name), { force: true });
    removed++;
  }
  return removed;
}

export function readBody(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The feed's excerpt of a body (src/domain/views/feed.ts) lives beside it, taken when it was rendered. */
const excerptFile = (file: string) => file.replace(/\.html$/, '.excerpt.txt');

export function writeExcerpt(file: string, excerpt: string): Promise<void> {
  return writeFile(excerptFile(file), excerpt);
}

export function readExcerpt(file: string): string {
  return readFileSync(excerptFile(file), 'utf8');
}

export const hasBody = (file: string) => existsSync(file) && existsSync(excerptFile(file));

export function removeBody(file: string): void {
  rmSync(file, { force: true });
  rmSync(excerptFile(file), { force: true });
}
