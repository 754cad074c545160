import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageRecordSchema, type PageRecord } from '../../src/source/build-plan';
import { linkFile } from '../lib/link-tree';

/** The digests the last good site's pages were built from, kept beside it: file → digest. */
export function readDigests(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

/**
 * The pages of the last good site a rebuild may keep: those whose digest it recorded and whose
 * file it still has. What the build plan hands the site (`previous`).
 */
export function keepablePages(digestsFile: string, site: string): Record<string, string> {
  if (!existsSync(site)) return {};
  return Object.fromEntries(
    Object.entries(readDigests(digestsFile)).filter(([file]) => existsSync(join(site, file))),
  );
}

/** Reads the site's record of its planned pages (src/pages/[record].json.ts) and takes it out of the site. */
export function takeRecord(file: string): PageRecord {
  const record = pageRecordSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  rmSync(file);
  return record;
}

/**
 * Puts the pages the build kept into the new site, from the last good one (hard links: both
 * sites sit in one folder). Returns the new site's page digests, for the next build.
 */
export function takeOverKeptPages(
  record: PageRecord,
  previous: string,
  site: string,
): { digests: Record<string, string>; kept: number } {
  const digests: Record<string, string> = {};
  let kept = 0;
  for (const page of record) {
    digests[page.file] = page.digest;
    if (!page.kept) continue;
    linkFile(join(previous, page.file), join(site, page.file));
    kept++;
  }
  return { digests, kept };
}

/** Writes the digests of a site's pages beside it, in one rename so that a half file is never read. */
export function writeDigests(file: string, digests: Record<string, string>): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(digests));
  renameSync(`${file}.tmp`, file);
}

export function removeDigests(file: string): void {
  rmSync(file, { force: true });
}
