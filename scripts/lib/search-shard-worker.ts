import { parentPort } from 'node:worker_threads';
import { buildShard } from './search-shard';

/**
 * Indexes the shards it is sent, one at a time, each with a Pagefind process of its own (the
 * `pagefind` package runs one process per module instance, and a worker has its own).
 */
parentPort!.on('message', ({ site, paths, output }: { site: string; paths: string[]; output: string }) => {
  void buildShard(site, paths, output).then((result) => parentPort!.postMessage(result));
});
