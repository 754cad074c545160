import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  code: number;
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
  /** Peak resident memory of the whole process tree, in bytes (sampled; see `treeMemory`). */
  peakRss: number;
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
function treeMemory(root: number): { sum: number; highest: number } {
  let sum = 0;
  let highest = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const status = readStatus(pid);
    if (!status) continue;
    sum += kilobytes(status, 'VmRSS');
    highest = Math.max(highest, kilobytes(status, 'VmHWM'));
    pending.push(...childrenOf(pid));
  }
  return { sum, highest };
}

/** Runs a command to its end, timing it and sampling the memory of its process tree. */
export function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let peakRss = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { sum, highest } = treeMemory(child.pid);
      peakRss = Math.max(peakRss, sum, highest);
    };
    const timer = setInterval(sample, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      resolve({ code: code ?? (signal ? 1 : 0), ms, peakRss, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
