import { parentPort } from 'node:worker_threads';
import { createBodyRenderer } from './body-markdown';

/** A worker of the body renderer: renders each batch it is sent, and replies with the batch. */
const render = await createBodyRenderer();

async function renderBatch(bodies: string[]): Promise<{ rendered: string[] } | { error: string }> {
  try {
    const rendered = [];
    for (const body of bodies) rendered.push(await render(body));
    return { rendered };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort!.on('message', ({ bodies }: { bodies: string[] }) => {
  void renderBatch(bodies).then((reply) => parentPort!.postMessage(reply));
});
