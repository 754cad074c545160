import { parentPort } from 'node:worker_threads';
import { createBodyRenderer } from './body-markdown';

/** A worker of the body renderer: renders each batch it is sent, and replies with the batch. */
const render = await createBodyRenderer();
parentPort!.on('message', async ({ bodies }: { bodies: string[] }) => {
  try {
    const rendered = [];
    for (const body of bodies) rendered.push(await render(body));
    parentPort!.postMessage({ rendered });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
