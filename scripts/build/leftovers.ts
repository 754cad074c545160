import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning, ownerOf } from './owner';

/** Folders builds make outside their dist folder, each named with its owner (ownedPrefix). */
export interface LeftoverPlace {
  folder: string;
  kind: string;
}

/** A folder without an owner in its name (made by an older build) is left for this long. */
const UNOWNED_MS = 60 * 60_000;
/** A folder of a build on another machine: no build runs that long. */
const OTHER_MACHINE_MS = 24 * 60 * 60_000;

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Removes what killed builds left in these places: folders whose owner's process has ended, and
 * folders too old to belong to a running build. A running build's folders are never touched.
 * Returns the paths removed.
 */
export function removeLeftovers(places: readonly LeftoverPlace[]): string[] {
  const removed: string[] = [];
  for (const { folder, kind } of places) {
    if (!existsSync(folder)) continue;
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => name.startsWith(`${kind}-`));
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(folder, name);
      const owner = ownerOf(kind, name);
      const running = owner && isRunning(owner);
      const left =
        running === false ||
        (owner === undefined && ageMs(path) > UNOWNED_MS) ||
        (running === undefined && owner !== undefined && ageMs(path) > OTHER_MACHINE_MS);
      if (!left) continue;
      try {
        rmSync(path, { recursive: true, force: true });
        removed.push(path);
      } catch {
        // Another user's folder in /dev/shm, or removed meanwhile: not this build's business.
      }
    }
  }
  return removed;
}
