import { getCollection } from 'astro:content';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handbook } from '../domain/handbook';
import { digestOf, planPages, type PageDigests, type PlannedPage } from '../domain/rebuild/page-plan';
import { getSite, type Site } from './site';

/**
 * Which entry pages a build renders. scripts/build.ts names the last good site and the digests
 * its pages were built from (HANDBOOK_PREVIOUS_DIST, HANDBOOK_PAGE_DIGESTS) and a file to record
 * this build's digests in (HANDBOOK_PAGE_RECORD); without them (`astro build`, `astro dev`)
 * every page is rendered.
 *
 * Keeping a page rests on one rule of the pages: an entry's pages read any entry's fields, but
 * no body and no last-commit date except their own entry's. So a page's digest is the shared
 * digest (code, settings, today, every entry's fields), its own body and its own file's date.
 */
const record = process.env.HANDBOOK_PAGE_RECORD;
const previousDist = process.env.HANDBOOK_PREVIOUS_DIST;

let previous: PageDigests | undefined;
function previousDigests(): PageDigests {
  const file = process.env.HANDBOOK_PAGE_DIGESTS;
  previous ??=
    file && existsSync(file)
      ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>))
      : new Map();
  return previous;
}

/** The paths of the pages to render; the others' files are taken over from the last good site. */
export function renderChanged<P>(pages: PlannedPage<P>[]): P[] {
  if (!record) return pages.map((page) => page.path);
  const plan = planPages(
    pages,
    previousDigests(),
    (file) => previousDist !== undefined && existsSync(join(previousDist, file)),
  );
  if (plan.pages.length > 0)
    appendFileSync(record, `${plan.pages.map((page) => JSON.stringify(page)).join('\n')}\n`);
  return plan.render;
}

/** The digest of a page of one entry (or of a page that reads fields only, without `own`). */
export function pageDigest(
  site: Site,
  file: string,
  own?: { collection: keyof Handbook; id: string; source: string },
  ...extra: string[]
): string {
  if (!own) return digestOf(site.digests.shared, file, ...extra);
  return digestOf(
    site.digests.shared,
    file,
    own.collection,
    own.id,
    site.digests.body(own.collection, own.id),
    site.history.dates.get(own.source),
    ...extra,
  );
}

type PageCollection = 'facilitators' | 'requests' | 'reports' | 'guides' | 'courses' | 'materials';

/**
 * The paths of a collection's entry pages that need rendering, each with its entry as props:
 * `file` gives the page's file, `extra` anything else the page reads (a material's file sizes).
 */
export async function changedEntryPages(
  collection: PageCollection,
  file: (id: string) => string,
  extra: (id: string) => string[] = () => [],
) {
  const site = await getSite();
  const entries = await getCollection(collection);
  return renderChanged(
    entries.map((entry) => {
      const page = file(entry.id);
      const source = (entry.data as { source: { file: string } }).source.file;
      return {
        file: page,
        digest: pageDigest(site, page, { collection, id: entry.id, source }, ...extra(entry.id)),
        path: { params: { id: entry.id }, props: { entry } },
      };
    }),
  );
}

/** The params of pages read from fields alone (and their own file's date) that need rendering. */
export async function changedPages(
  pages: {
    file: string;
    params: Record<string, string>;
    own?: { collection: keyof Handbook; id: string; source: string };
  }[],
) {
  const site = await getSite();
  return renderChanged(
    pages.map((page) => ({
      file: page.file,
      digest: pageDigest(site, page.file, page.own),
      path: { params: page.params },
    })),
  );
}
