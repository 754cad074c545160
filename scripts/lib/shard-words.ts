import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CborReader } from './cbor';

/** Word lists per shard are split by the first character of the word, so a query loads only one. */
export const WORD_BUCKETS = 64;

const wordBucket = (word: string) => word.codePointAt(0)! % WORD_BUCKETS;

/**
 * The words of one Pagefind word index chunk (`index/*.pf_index`): gzip, the signature
 * `pagefind_dcd`, then CBOR `[[[word, pages, …], …], …]`.
 */
function chunkWords(file: string): string[] {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, 12).toString() !== 'pagefind_dcd')
    throw new Error(`${file}: not a Pagefind word index (no pagefind_dcd signature).`);
  const reader = new CborReader(bytes.subarray(12));
  const fields = reader.arrayLength();
  const words = Array.from({ length: reader.arrayLength() }, () => {
    const parts = reader.arrayLength();
    const word = reader.string();
    for (let i = 1; i < parts; i++) reader.skip();
    return word;
  });
  for (let i = 1; i < fields; i++) reader.skip();
  return words;
}

/**
 * Writes the words of a shard's Pagefind index as `words/<bucket>.json`, each a sorted list of
 * the words whose first character falls in that bucket. Pagefind matches a query word in each
 * shard on its own; the browser reads these lists to match it over the whole site instead
 * (see handbook-search.js).
 */
export function writeShardWords(folder: string): void {
  const buckets: string[][] = Array.from({ length: WORD_BUCKETS }, () => []);
  const index = join(folder, 'index');
  for (const file of readdirSync(index))
    for (const word of chunkWords(join(index, file))) buckets[wordBucket(word)].push(word);
  mkdirSync(join(folder, 'words'), { recursive: true });
  buckets.forEach((words, bucket) =>
    writeFileSync(join(folder, 'words', `${bucket}.json`), JSON.stringify([...new Set(words)].sort())),
  );
}
