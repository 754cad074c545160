import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  code: number;
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
  /** Peak resident memory of the whole process tree, in bytes (sampled; see `treeMemory`). */
  peakRss: number;
  /** The same, leaving out the processes whose name matches `options.apart` (and theirs). */
  peakRssApart: number;
  /** Standard output and error, interleaved. */
  output: string;
}

function readStatus(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
}

function kilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Memory of a process and all its descendants now: the sum of their resident sets, and the
 * largest high-water mark any one of them has reached. A tree's peak is at least the larger
 * of the two; sampling every 50 ms catches the sum's peak for builds that last seconds.
 */
function treeMemory(
  root: number,
  apart?: RegExp,
): { sum: number; highest: number; sumApart: number; highestApart: number } {
  const memory = { sum: 0, highest: 0, sumApart: 0, highestApart: 0 };
  const pending: [number, boolean][] = [[root, false]];
  while (pending.length > 0) {
    const [pid, parentApart] = pending.pop()!;
    const status = readStatus(pid);
    if (!status) continue;
    const isApart =
      parentApart || (apart !== undefined && apart.test(/^Name:\s+(.*)$/m.exec(status)?.[1] ?? ''));
    const rss = kilobytes(status, 'VmRSS');
    const hwm = kilobytes(status, 'VmHWM');
    memory.sum += rss;
    memory.highest = Math.max(memory.highest, hwm);
    if (!isApart) {
      memory.sumApart += rss;
      memory.highestApart = Math.max(memory.highestApart, hwm);
    }
    pending.push(...childrenOf(pid).map((child): [number, boolean] => [child, isApart]));
  }
  return memory;
}

/** Runs a command to its end, timing it and sampling the memory of its process tree. */
export function measure(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; apart?: RegExp } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let peakRss = 0;
    let peakRssApart = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const memory = treeMemory(child.pid, options.apart);
      peakRss = Math.max(peakRss, memory.sum, memory.highest);
      peakRssApart = Math.max(peakRssApart, memory.sumApart, memory.highestApart);
    };
    const timer = setInterval(sample, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      resolve({
        code: code ?? (signal ? 1 : 0),
        ms,
        peakRss,
        peakRssApart,
        output: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
}
