import { createHash } from 'node:crypto';

/**
 * A page that a rebuild may keep from the last good site: the file it is written to and a
 * digest of everything its output depends on. Equal digests promise equal bytes.
 */
export interface PlannedPage<P> {
  /** Path inside the site folder, e.g. `reports/kaigi-2026-04/index.html`. */
  file: string;
  digest: string;
  path: P;
}

/** What the last good site was built from: each kept-able page's file and digest. */
export type PageDigests = ReadonlyMap<string, string>;

export interface PagePlan<P> {
  /** The paths to render now. */
  render: P[];
  /** Every page of the new site with its digest, and whether its file comes from the last site. */
  pages: { file: string; digest: string; kept: boolean }[];
}

/**
 * Renders only the pages whose digest changed since the last good site, or whose file that
 * site lacks; the others are taken over from it.
 */
export function planPages<P>(
  pages: readonly PlannedPage<P>[],
  previous: PageDigests,
  previousHas: (file: string) => boolean,
): PagePlan<P> {
  const plan: PagePlan<P> = { render: [], pages: [] };
  for (const page of pages) {
    const kept = previous.get(page.file) === page.digest && previousHas(page.file);
    plan.pages.push({ file: page.file, digest: page.digest, kept });
    if (!kept) plan.render.push(page.path);
  }
  return plan;
}

/** One digest over parts in order; a part that is absent still counts, so parts cannot shift. */
export function digestOf(...parts: readonly (string | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part === undefined ? '\u0001' : `\u0002${part}`).update('\0');
  return hash.digest('hex');
}
