import { parentPort } from 'node:worker_threads';
import { indexShard } from './search-shard';
import { writeShardWords } from './shard-words';

/**
 * Indexes the shards it is sent, one at a time, each with a Pagefind process of its own (the
 * `pagefind` package runs one process per module instance, and a worker has its own).
 */
parentPort!.on('message', async ({ site, paths, output }: { site: string; paths: string[]; output: string }) => {
  const errors = await indexShard(site, paths, output);
  if (errors.length === 0) writeShardWords(output);
  parentPort!.postMessage(errors);
});
