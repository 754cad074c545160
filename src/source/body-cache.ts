import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Rendered page bodies, one file each beside Astro's content cache, named by the entry's digest
 * so that a file is never read for another version of its entry. Kept out of Astro's data
 * store, which is bundled into the build as one module: without the bodies the store is half
 * the size, and bundling and loading it half the time and memory.
 */
export function bodyFile(cacheDir: string, collection: string, id: string, digest: string): string {
  return join(cacheDir, 'handbook-bodies', collection, `${id}.${digest}.html`);
}

export function writeBody(file: string, html: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

export function readBody(file: string): string {
  return readFileSync(file, 'utf8');
}

export const hasBody = (file: string) => existsSync(file);

export function removeBody(file: string): void {
  rmSync(file, { force: true });
}
