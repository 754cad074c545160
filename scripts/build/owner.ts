import { createHash } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Which build owns a lock or a work folder: its process and its machine. A build on this
 * machine whose process has ended owns nothing any more; a build on another machine (a folder
 * shared between containers) cannot be asked, so what it owns is judged by age instead.
 */
export interface Owner {
  pid: number;
  /** A short digest of the machine's host name. */
  host: string;
}

export const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

export const thisProcess = (): Owner => ({ pid: process.pid, host: HOST });

/** true when the owner's process runs, false when it has ended, undefined when it is on another machine. */
export function isRunning(owner: Owner): boolean | undefined {
  if (owner.host !== HOST) return undefined;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The start of the name of a folder a build owns (`build-1a2b3c4d-4242-`): the next build can
 * tell from the name alone whether its owner still runs. Used for the work folders under
 * `.astro/` (and once for the search step's page copies in `/dev/shm`, which builds before the
 * one search index left there).
 */
export function ownedPrefix(kind: string, owner: Owner = thisProcess()): string {
  return `${kind}-${owner.host}-${owner.pid}-`;
}

/** The owner written in a folder's name by ownedPrefix, or undefined for a name without one. */
export function ownerOf(kind: string, name: string): Owner | undefined {
  const match = new RegExp(`^${kind}-([0-9a-f]{8})-([0-9]+)-`).exec(name);
  return match ? { host: match[1], pid: Number(match[2]) } : undefined;
}
