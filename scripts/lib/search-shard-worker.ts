import { parentPort } from 'node:worker_threads';
import { buildShard } from './search-shard';

/**
 * Indexes the shards it is sent, one at a time, each with a Pagefind process of its own (the
 * `pagefind` package runs one process per module instance, and a worker has its own).
 */
parentPort!.on(
  'message',
  async ({ site, paths, output }: { site: string; paths: string[]; output: string }) => {
    parentPort!.postMessage(await buildShard(site, paths, output));
  },
);
