import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkFile } from './link-tree';

/** A page of the new site as the build recorded it (src/data/rebuild.ts). */
interface RecordedPage {
  file: string;
  digest: string;
  kept: boolean;
}

function readRecord(record: string): RecordedPage[] {
  if (!existsSync(record)) return [];
  return readFileSync(record, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedPage);
}

/**
 * Puts the pages the build kept into the new site, from the last good one (hard links: both
 * sites sit in one folder). Returns the new site's page digests, for the next build.
 */
export function takeOverKeptPages(
  record: string,
  previous: string,
  site: string,
): { digests: Record<string, string>; kept: number } {
  const digests: Record<string, string> = {};
  let kept = 0;
  for (const page of readRecord(record)) {
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
