import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the site's code is made of, besides src/: a change to any of them may change every page. */
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Settings the build reads from the environment; the paths of this build's own folders are not among them. */
const SETTING =
  /^HANDBOOK_(?!OUT$|CACHE$|DIST$|CONTENT$|PREVIOUS_DIST$|PAGE_DIGESTS$|PAGE_RECORD$|BUILD_DIGEST$)/;

/**
 * A digest of the code and the settings a build runs with. Pages built with the same digest
 * from the same entries are the same bytes, so a rebuild may keep them.
 */
export function buildDigest(root: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(CODE_FILES.map((file) => join(root, file)).filter((file) => existsSync(file)))
    .sort();
  for (const file of files)
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  for (const key of Object.keys(env)
    .filter((name) => SETTING.test(name))
    .sort())
    hash.update(`${key}=${env[key]}\0`);
  hash.update(process.version);
  return hash.digest('hex');
}
