import { performance } from 'node:perf_hooks';
import type { IsoDate } from '../../../src/domain/dates';
import { directoryFor, directoryRows } from '../../../src/domain/directory/directory';
import type { Handbook } from '../../../src/domain/handbook';
import { buildMatchingContext } from '../../../src/domain/matching/context';
import { requestsNeedingSuggestions, suggestForRequest } from '../../../src/domain/matching/suggest';

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
 * Times what a build computes for the dispatch pages, alone: the matching context, the
 * directory of every department and the suggestions for every request that needs them.
 */
export function timeDispatch(handbook: Handbook, today: IsoDate, limit = Infinity): DispatchTiming {
  const started = performance.now();
  const context = buildMatchingContext(handbook);
  const contextDone = performance.now();
  const rows = directoryRows(context, today);
  let directoryEntries = 0;
  for (const department of handbook.departments)
    directoryEntries += directoryFor(department.id, context, today, rows).length;
  const directoryDone = performance.now();
  let suggested = 0;
  let excluded = 0;
  const requests = requestsNeedingSuggestions(handbook);
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
