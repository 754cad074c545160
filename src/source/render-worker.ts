import type { MessagePort } from 'node:worker_threads';
import type { Problem } from '../domain/errors';
import { BODY_FIELD, checkBody } from '../domain/policy/check-body';
import { createBodyRenderer, type RenderedBody } from './body-markdown';

/** One body to render, where it is in its file, and a port to say when its rendering starts. */
export interface RenderTask {
  file: string;
  body: string;
  bodyLine: number;
  base: string;
  started?: MessagePort;
}

export type RenderOutcome = RenderedBody | { problems: Problem[] };

const renderers = new Map<string, ReturnType<typeof createBodyRenderer>>();
const rendererFor = (base: string) => {
  let renderer = renderers.get(base);
  if (!renderer) renderers.set(base, (renderer = createBodyRenderer(base)));
  return renderer;
};

// Astro's processor prints the stack of every failure; here each one becomes a problem naming
// the file, returned to the caller, so the stack would only bury it.
console.error = () => {};

/**
 * A worker of the body renderer (src/source/render-bodies.ts): renders one body, or says why it
 * cannot: what the body policy refuses, with its lines (src/domain/policy/check-body.ts), or
 * the renderer's own failure (a stack overflow on a body nested too deep), naming the file.
 */
export default async function renderTask(task: RenderTask): Promise<RenderOutcome> {
  const render = await rendererFor(task.base);
  task.started?.postMessage('started');
  task.started?.close();
  try {
    return await render(task.body);
  } catch (error) {
    const place = { file: task.file, firstLine: task.bodyLine };
    let problems: Problem[];
    try {
      problems = checkBody(task.body, place);
    } catch {
      problems = [];
    }
    if (problems.length > 0) return { problems };
    const reason =
      error instanceof RangeError
        ? '入れ子が深すぎるか、本文が複雑すぎます'
        : String((error as Error).message ?? error)
            .split('\n')
            .at(-1);
    return {
      problems: [
        {
          severity: 'error',
          file: task.file,
          line: task.bodyLine,
          field: BODY_FIELD,
          message: `本文を表示用の HTML にできませんでした（${reason}）。本文を短く、入れ子を浅くしてください`,
        },
      ],
    };
  }
}
