import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeEntities } from '../../src/domain/html-entities';
import { PAGEFIND_BODY } from '../../src/domain/search/segment-page';
import type { ShardPage } from '../../src/domain/search/shards';

/** A page Pagefind will index: its path in the site (`reports/x/index.html`), order key and digest. */
export interface SearchPage extends ShardPage {
  /** sha256 of the page's bytes. */
  digest: string;
}

// Astro writes attributes double-quoted, escaping & < > ' " (so no tag holds a bare < or >).
const ORDER = /<[a-zA-Z][^<>]*?\sdata-pagefind-sort="order:([^"]*)"/;

/**
 * The pages of a built site that Pagefind indexes, with Pagefind's own rule: only those with a
 * `data-pagefind-body` element once any page has one (the entry pages), else every HTML page.
 * The index folder `pagefind/` is left out.
 */
export function findSearchPages(site: string): SearchPage[] {
  const pages: (SearchPage & { body: boolean })[] = [];
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = relative(site, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.startsWith('pagefind/')) continue;
    const bytes = readFileSync(join(site, path));
    const html = bytes.toString('utf8');
    const order = ORDER.exec(html)?.[1];
    pages.push({
      path,
      order: order === undefined ? undefined : decodeEntities(order),
      digest: createHash('sha256').update(bytes).digest('hex'),
      body: PAGEFIND_BODY.test(html),
    });
  }
  const withBody = pages.some((page) => page.body);
  return pages.filter((page) => page.body || !withBody).map(({ body: _, ...page }) => page);
}
