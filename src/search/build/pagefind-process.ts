import * as pagefind from 'pagefind';

/**
 * Pagefind's binary allocates with jemalloc (tikv-jemallocator, whose options variable carries
 * the `_RJEM_` prefix). By default jemalloc keeps freed pages for ten seconds before it gives them
 * back; Pagefind's write frees and allocates most of its peak within a few seconds, so freed pages
 * piled up on top of the live ones: at 10,000 entries its peak was 2.1–2.35 GB, with these options
 * 1.8–1.9 GB (`src/search/README.md`, invariant 9).
 */
export const PAGEFIND_ALLOCATOR_VARIABLE = '_RJEM_MALLOC_CONF';
export const PAGEFIND_ALLOCATOR_OPTIONS = 'dirty_decay_ms:0,muzzy_decay_ms:0';

/**
 * Pagefind's `createIndex`, its service process started with the allocator options above. The
 * service is spawned, with this process's environment, within the call (and only by the first
 * call after `pagefind.close()`): the variable is set for that moment alone.
 */
export function createIndex(config: pagefind.PagefindServiceConfig): ReturnType<typeof pagefind.createIndex> {
  const previous = process.env[PAGEFIND_ALLOCATOR_VARIABLE];
  process.env[PAGEFIND_ALLOCATOR_VARIABLE] = PAGEFIND_ALLOCATOR_OPTIONS;
  try {
    return pagefind.createIndex(config);
  } finally {
    if (previous === undefined) delete process.env[PAGEFIND_ALLOCATOR_VARIABLE];
    else process.env[PAGEFIND_ALLOCATOR_VARIABLE] = previous;
  }
}
