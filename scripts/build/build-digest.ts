import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageSettings, type HandbookSettings } from '../../src/source/settings';

/** What the site's code is made of, besides src/: a change to any of them may change every page. */
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * A digest of the code and of the settings that shape pages (those the settings schema marks
 * `pages`; folders do not). Pages built with the same digest from the
 * same entries are the same bytes, so a rebuild may keep them.
 */
export function buildDigest(root: string, settings: HandbookSettings): string {
  const hash = createHash('sha256');
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(CODE_FILES.map((file) => join(root, file)).filter((file) => existsSync(file)))
    .sort();
  for (const file of files)
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  hash.update(pageSettings(settings));
  hash.update(process.version);
  return hash.digest('hex');
}
