import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import Tinypool from 'tinypool';
import { BODY_FIELD } from '../domain/policy/check-body';
import { BODY_LIMITS } from '../domain/policy/body-limits';
import type { RenderOutcome, RenderTask } from './render-worker';

export type { RenderOutcome } from './render-worker';

/** A page body to render, and where it is, to name it in a problem. */
export interface BodyToRender {
  file: string;
  body: string;
  bodyLine: number;
}

type TransferList = NonNullable<Parameters<Tinypool['run']>[1]>['transferList'];

/** Workers stop when they have had nothing to do this long (collections load one after another). */
const IDLE_MS = 1_000;

/**
 * Bodies that make a second worker worth starting: a worker costs about a second and a half of
 * CPU to start (tsx and the Markdown stack), a body of the demo some milliseconds to render.
 */
const BODIES_PER_WORKER = 100;

let pool: Tinypool | undefined;

/**
 * The worker threads, up to one per core (sized by the bodies of the first batch or the
 * warm-up's count): every body renders in a worker, never on this thread, so
 * that one that takes too long can be stopped (a thread cannot be interrupted from inside,
 * a worker can be terminated). Tinypool rather than Piscina: the same API (it is Piscina's
 * fork), no dependencies and 38 KB, and we need nothing Piscina adds (utilisation, NAPI).
 */
function renderPool(bodies: number): Tinypool {
  return (pool ??= new Tinypool({
    filename: new URL('./render-worker.ts', import.meta.url).href,
    // The workers run TypeScript through tsx, as the build's own scripts do.
    execArgv: ['--import', 'tsx'],
    // At least one: Tinypool 2.2 starts no new worker for the queue after terminating one that
    // ran past the time limit unless it keeps a minimum (an idle worker is unref'd: no process waits for it).
    minThreads: 1,
    maxThreads: Math.min(availableParallelism(), Math.max(1, Math.ceil(bodies / BODIES_PER_WORKER))),
    idleTimeout: IDLE_MS,
  }));
}

/**
 * Starts a worker and loads the renderer into it, so that the first body does not wait for
 * them: called when loading begins, while this thread reads the content folder, with the number
 * of files in it (about one body each), which sizes the pool.
 */
export function warmUpRenderer(base: string, contentDir: string): void {
  renderPool(filesIn(contentDir))
    .run({ file: '', body: '', bodyLine: 1, base } satisfies RenderTask)
    .catch(() => undefined);
}

/** Files under a folder, however deep; none when it cannot be read (the loader says why). */
function filesIn(folder: string): number {
  try {
    return readdirSync(folder, { recursive: true }).length;
  } catch {
    return 0;
  }
}

function tooSlow(body: BodyToRender, limitMs: number): RenderOutcome {
  return {
    problems: [
      {
        severity: 'error',
        file: body.file,
        line: body.bodyLine,
        field: BODY_FIELD,
        message: `本文の表示に${limitMs / 1000}秒以上かかるため止めました。同じ記号（* _ ~ [ など）の長い繰り返しや、大きな表・深い入れ子を見直してください`,
      },
    ],
  };
}

/**
 * Renders one body in a worker, with the time limit counted from when the worker starts it (a
 * body waiting in the queue is not late). Past the limit the worker is terminated, and the body
 * is a problem naming its file.
 */
async function renderOne(
  body: BodyToRender,
  base: string,
  bodies: number,
  limitMs: number,
): Promise<RenderOutcome> {
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  port1.once('message', () => {
    timer = setTimeout(() => abort.abort(), limitMs);
  });
  try {
    return (await renderPool(bodies).run({ ...body, base, started: port2 } satisfies RenderTask, {
      // Tinypool infers the type of a transfer list from MessagePort's last overload of
      // postMessage, which newer Node types made the options object.
      transferList: [port2] as unknown as TransferList,
      signal: abort.signal,
    })) as RenderOutcome;
  } catch (error) {
    if (abort.signal.aborted) return tooSlow(body, limitMs);
    throw error;
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

/**
 * Renders page bodies to HTML, in order, spread over the cores; a body that cannot be rendered
 * (refused by the body policy, too slow, or failing the renderer) comes back as problems naming
 * its file, so that the build and the check report it alike. The build and the check keep the
 * policy's time limit; tests of what happens past it pass a shorter one, as a body that hits the
 * limit keeps a core busy all along.
 */
export function renderBodies(
  bodies: readonly BodyToRender[],
  base = '/',
  limitMs: number = BODY_LIMITS.renderMs,
): Promise<RenderOutcome[]> {
  return Promise.all(bodies.map((body) => renderOne(body, base, bodies.length, limitMs)));
}

/** Stops the workers at once; a script that has rendered all it needs calls it to exit without waiting. */
export async function stopRenderer(): Promise<void> {
  const stopping = pool;
  pool = undefined;
  await stopping?.destroy();
}
