import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning, thisProcess, type Owner } from './owner';

/**
 * A lock on a folder the build replaces or writes (the dist folder, the content cache): a file
 * beside it, created only if absent, that names its owner. Hand-written rather than
 * proper-lockfile: a waiting build names the build it waits for, and takes over at once the
 * lock of a build on this machine whose process has ended (killed, power cut), which a
 * heartbeat alone would only notice after its timeout. The owner also touches the file, so
 * that a lock from another machine (a folder shared between containers) goes stale too.
 */
export interface LockInfo extends Owner {
  /** When the owner took the lock, ISO 8601. */
  started: string;
}

export interface Lock {
  readonly file: string;
  release(): void;
}

export interface LockOptions {
  /** Called once when the folder is locked by a running build, before waiting for it. */
  onWait?: (owner: LockInfo | undefined, file: string) => void;
  pollMs?: number;
  /** A lock not touched for this long is stale, whoever owns it. */
  staleMs?: number;
}

const STALE_MS = 120_000;

/** The lock file of a folder: `.dist.lock` beside `dist/`, `.dist-cache-dist.lock` beside `.dist-cache-dist/`. */
export function lockFile(folder: string): string {
  return join(dirname(folder), `.${basename(folder).replace(/^\./, '')}.lock`);
}

export function readLock(file: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.host === 'string' && typeof info.started === 'string')
      return info as LockInfo;
  } catch {
    // Absent, or written this very moment: judged by its age below.
  }
  return undefined;
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Whether a lock no longer protects anything: its owner has ended, or it has not been touched for `staleMs`. */
export function isStale(file: string, staleMs = STALE_MS): boolean {
  const owner = readLock(file);
  if (owner && isRunning(owner) === false) return true;
  // An unreadable lock is being written (a few microseconds) or was left half-written.
  return ageMs(file) > (owner ? staleMs : Math.min(staleMs, 10_000));
}

const sameLock = (a: LockInfo | undefined, b: LockInfo | undefined) =>
  a !== undefined && b !== undefined && a.pid === b.pid && a.host === b.host && a.started === b.started;

/**
 * Removes a stale lock. Two waiting builds may both find it stale: the removal is done under a
 * second, short-lived lock, and only if the lock is still the one found stale, so that one
 * build never removes the lock the other has just taken.
 */
function removeStale(file: string, found: LockInfo | undefined): void {
  const guard = `${file}.takeover`;
  try {
    writeFileSync(guard, String(process.pid), { flag: 'wx' });
  } catch {
    if (ageMs(guard) > 10_000) rmSync(guard, { force: true });
    return;
  }
  try {
    const now = readLock(file);
    if (sameLock(now, found) || (found === undefined && now === undefined)) rmSync(file, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/** Takes the lock of a folder, waiting while another build holds it. */
export async function lockFolder(folder: string, options: LockOptions = {}): Promise<Lock> {
  const file = lockFile(folder);
  const staleMs = options.staleMs ?? STALE_MS;
  const me: LockInfo = { ...thisProcess(), started: new Date().toISOString() };
  let waited = false;
  mkdirSync(dirname(file), { recursive: true });
  for (;;) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readLock(file);
    if (isStale(file, staleMs)) {
      removeStale(file, owner);
      continue;
    }
    if (!waited) options.onWait?.(owner, file);
    waited = true;
    await sleep(options.pollMs ?? 500);
  }
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // Removed as stale: the build goes on; the next one will not wait for it.
    }
  }, staleMs / 4);
  heartbeat.unref();
  return {
    file,
    release() {
      clearInterval(heartbeat);
      if (sameLock(readLock(file), me)) rmSync(file, { force: true });
    },
  };
}
