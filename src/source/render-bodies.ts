import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createBodyRenderer } from './body-markdown';

/** Below this many bodies, starting workers costs more than it saves. */
const WORKERS_FROM = 200;
const BATCH = 20;
/** Collections load at once; the workers wait this long for more before they stop. */
const IDLE_MS = 500;

let inProcess: Promise<(body: string) => Promise<string>> | undefined;

async function renderHere(bodies: string[]): Promise<string[]> {
  const render = await (inProcess ??= createBodyRenderer());
  const rendered = [];
  for (const body of bodies) rendered.push(await render(body));
  return rendered;
}

interface Batch {
  bodies: string[];
  resolve(rendered: string[]): void;
  reject(error: Error): void;
}

/**
 * Worker threads, one per core but one, and this thread, which would only wait otherwise: each
 * takes the next batch from one queue when it is free. One isolate fewer is a few hundred MB
 * less at the build's peak.
 */
class WorkerPool {
  private queue: Batch[] = [];
  private idle: Worker[] = [];
  private workers: Worker[] = [];
  private stopTimer: NodeJS.Timeout | undefined;
  private renderingHere = false;

  render(bodies: string[]): Promise<string[]> {
    const batches = Array.from(
      { length: Math.ceil(bodies.length / BATCH) },
      (_, i) =>
        new Promise<string[]>((resolve, reject) =>
          this.queue.push({ bodies: bodies.slice(i * BATCH, (i + 1) * BATCH), resolve, reject }),
        ),
    );
    clearTimeout(this.stopTimer);
    if (this.workers.length === 0) this.start();
    for (const worker of this.idle.splice(0)) this.next(worker);
    void this.renderHere();
    return Promise.all(batches).then((parts) => parts.flat());
  }

  private async renderHere() {
    if (this.renderingHere) return;
    this.renderingHere = true;
    for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) {
      await renderHere(batch.bodies).then(batch.resolve, batch.reject);
      // Lets the workers' replies in, so that they get their next batch without waiting for this one.
      await new Promise(setImmediate);
    }
    this.renderingHere = false;
  }

  private start() {
    for (let i = 1; i < availableParallelism(); i++) {
      // The workers run TypeScript through tsx, as the build's own scripts do.
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
        execArgv: ['--import', 'tsx'],
      });
      worker.unref();
      this.workers.push(worker);
      this.next(worker);
    }
  }

  private next(worker: Worker) {
    const batch = this.queue.shift();
    if (!batch) {
      this.idle.push(worker);
      if (this.idle.length === this.workers.length)
        this.stopTimer = setTimeout(() => this.stop(), IDLE_MS).unref();
      return;
    }
    const done = (reply: { rendered?: string[]; error?: string }) => {
      worker.off('error', failed);
      if (reply.error !== undefined) batch.reject(new Error(reply.error));
      else batch.resolve(reply.rendered!);
      this.next(worker);
    };
    const failed = (error: Error) => {
      worker.off('message', done);
      batch.reject(error);
    };
    worker.once('message', done);
    worker.once('error', failed);
    worker.postMessage({ bodies: batch.bodies });
  }

  private stop() {
    const workers = this.workers.splice(0);
    this.idle = [];
    for (const worker of workers) void worker.terminate();
  }
}

const pool = new WorkerPool();

/**
 * Renders page bodies to HTML, in order. A cold build of thousands of pages spreads them over
 * the cores; a rebuild, with a few changed bodies, renders them here.
 */
export function renderBodies(bodies: string[]): Promise<string[]> {
  return bodies.length >= WORKERS_FROM && availableParallelism() > 1
    ? pool.render(bodies)
    : renderHere(bodies);
}
