import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../scripts/build/leftovers';
import { lockFile, lockFolder, readLock, type LockInfo } from '../../scripts/build/lock';
import { HOST, ownedPrefix } from '../../scripts/build/owner';
import { removeUnfinishedBodies } from '../../src/source/body-cache';

/** A process id no process has (above Linux's largest). */
const ENDED = 2 ** 31 - 2;
/** A process that runs as long as the test: the test runner's parent. */
const RUNNING = process.ppid;

const folders: string[] = [];
function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'handbook-lock-test-'));
  folders.push(made);
  return made;
}
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

function heldBy(dist: string, owner: Partial<LockInfo>, ageMs = 0): string {
  const file = lockFile(dist);
  writeFileSync(file, JSON.stringify({ host: HOST, started: new Date().toISOString(), ...owner }));
  const then = new Date(Date.now() - ageMs);
  utimesSync(file, then, then);
  return file;
}

const hoursAgo = (path: string, hours: number) => {
  const then = new Date(Date.now() - hours * 3_600_000);
  utimesSync(path, then, then);
};

describe('the lock on a dist folder', () => {
  it('is a file beside the folder that names this build, removed on release', async () => {
    const dist = join(folder(), 'dist');
    const lock = await lockFolder(dist);
    expect(lock.file).toBe(join(dist, '..', '.dist.lock'));
    expect(readLock(lock.file)).toMatchObject({ pid: process.pid, host: HOST });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('makes a second build wait, saying for whom, until the first releases it', async () => {
    const dist = join(folder(), 'dist');
    const file = heldBy(dist, { pid: RUNNING });
    const told: (LockInfo | undefined)[] = [];
    setTimeout(() => rmSync(file), 150);
    const lock = await lockFolder(dist, { pollMs: 20, onWait: (owner) => told.push(owner) });
    expect(told).toEqual([expect.objectContaining({ pid: RUNNING })]);
    expect(readLock(lock.file)?.pid).toBe(process.pid);
    lock.release();
  });

  it('takes over at once the lock of a build on this machine whose process has ended', async () => {
    const dist = join(folder(), 'dist');
    heldBy(dist, { pid: ENDED });
    let waited = false;
    const lock = await lockFolder(dist, { onWait: () => (waited = true) });
    expect(waited).toBe(false);
    expect(readLock(lock.file)?.pid).toBe(process.pid);
    lock.release();
  });

  it("judges another machine's lock by when its owner last touched it", async () => {
    const dist = join(folder(), 'dist');
    heldBy(dist, { pid: RUNNING, host: 'ffffffff' }, 5_000);
    const lock = await lockFolder(dist, { staleMs: 1_000, onWait: () => expect.fail('waited') });
    lock.release();

    heldBy(dist, { pid: RUNNING, host: 'ffffffff' });
    let waited = false;
    const again = await lockFolder(dist, { staleMs: 300, pollMs: 20, onWait: () => (waited = true) });
    expect(readLock(again.file)?.pid).toBe(process.pid);
    expect(waited).toBe(true);
    again.release();
  });

  it('is released only by its owner', async () => {
    const dist = join(folder(), 'dist');
    const lock = await lockFolder(dist);
    const file = heldBy(dist, { pid: RUNNING });
    lock.release();
    expect(readLock(file)?.pid).toBe(RUNNING);
  });
});

describe('leftovers of killed builds', () => {
  it("removes work folders and page copies whose build has ended, and never a running build's", () => {
    const root = folder();
    const work = join(root, '.astro');
    const shm = join(root, 'shm');
    const make = (path: string) => {
      mkdirSync(path, { recursive: true });
      writeFileSync(join(path, 'chunk.mjs'), '');
      return path;
    };
    const ended = make(join(work, `${ownedPrefix('build', { pid: ENDED, host: HOST })}a1`));
    const mine = make(join(work, `${ownedPrefix('build')}b2`));
    const running = make(join(work, `${ownedPrefix('build', { pid: RUNNING, host: HOST })}c3`));
    const copies = make(join(shm, `${ownedPrefix('handbook', { pid: ENDED, host: HOST })}0123abcd-x`));
    const liveCopies = make(join(shm, `${ownedPrefix('handbook')}0123abcd-y`));
    // Named by an older build, without an owner: removed only once no build could still run.
    const olderFresh = make(join(work, 'build-Xy12Zq'));
    const olderStale = make(join(shm, 'handbook-0123abcd-Qw3rTy'));
    hoursAgo(olderStale, 2);
    // Another machine's (a folder shared between containers): judged by age.
    const otherFresh = make(join(work, `${ownedPrefix('build', { pid: ENDED, host: 'ffffffff' })}d4`));
    const otherStale = make(join(work, `${ownedPrefix('build', { pid: ENDED, host: 'ffffffff' })}e5`));
    hoursAgo(otherStale, 48);
    const unrelated = make(join(shm, 'other-program'));
    hoursAgo(unrelated, 48);

    const removed = removeLeftovers([
      { folder: work, kind: 'build' },
      { folder: shm, kind: 'handbook' },
      { folder: join(root, 'absent'), kind: 'build' },
    ]);

    expect(removed.sort()).toEqual([copies, ended, olderStale, otherStale].sort());
    for (const kept of [mine, running, liveCopies, olderFresh, otherFresh, unrelated])
      expect(existsSync(kept), kept).toBe(true);
  });

  it('removes half-written bodies from the content cache', () => {
    const cache = folder();
    const reports = join(cache, 'handbook-bodies', 'reports');
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'a.123.html'), '<p>a</p>');
    writeFileSync(join(reports, 'b.456.html.4242-0.tmp'), '<p>b, half');
    expect(removeUnfinishedBodies(cache)).toBe(1);
    expect(readdirSync(reports)).toEqual(['a.123.html']);
  });
});
