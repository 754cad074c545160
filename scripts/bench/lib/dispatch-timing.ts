import { performance } from 'node:perf_hooks';
import type { IsoDate } from '../../../src/domain/dates';
import { directoryFor } from '../../../src/domain/directory/directory';
import type { Handbook } from '../../../src/domain/handbook';
import { suggestForRequest } from '../../../src/domain/matching/suggest';
import { buildHandbookIndex } from '../../../src/domain/views/handbook-index';

export interface DispatchTiming {
  contextMs: number;
  directoryMs: number;
  suggestionsMs: number;
  totalMs: number;
  directoryEntries: number;
  requests: number;
  suggested: number;
  excluded: number;
}

/**
 * Times what a build computes for the dispatch pages, alone: the handbook index and its
 * matching context, the directory (thirteen months ahead) of every department and the
 * suggestions for every request that needs them.
 */
export function timeDispatch(handbook: Handbook, today: IsoDate, limit = Infinity): DispatchTiming {
  const started = performance.now();
  const index = buildHandbookIndex(handbook, today);
  const context = index.matching;
  const contextDone = performance.now();
  const rows = index.directory;
  let directoryEntries = 0;
  for (const department of handbook.departments)
    directoryEntries += directoryFor(department.id, context, rows).length;
  const directoryDone = performance.now();
  let suggested = 0;
  let excluded = 0;
  const requests = index.requestsNeedingSuggestions;
  for (const request of requests) {
    const result = suggestForRequest(request, context, { limit });
    suggested += result.suggestions.length;
    excluded += result.excluded.length;
  }
  const finished = performance.now();
  return {
    contextMs: contextDone - started,
    directoryMs: directoryDone - contextDone,
    suggestionsMs: finished - directoryDone,
    totalMs: finished - started,
    directoryEntries,
    requests: requests.length,
    suggested,
    excluded,
  };
}
