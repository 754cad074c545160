import { distance } from 'fastest-levenshtein';
import type { Suggestion } from '../terms';
import { hanRuns, isKanaOnly, kanaKey, normalize, queryWords } from '../words';

/** How far a suggestion may be from the query: a third of the longer of the two, at least one. */
const near = (a: string, b: string) =>
  distance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));

/** もしかして: the suggestions nearest a query by reading or spelling, at most `limit`. */
export function nearest(query: string, suggestions: readonly Suggestion[], limit = 3): Suggestion[] {
  const text = normalize(query).replace(/\s+/g, '');
  if (!text) return [];
  const key = isKanaOnly(text) ? kanaKey(text) : '';
  const words = new Set([...queryWords(text), ...hanRuns(text)]);
  const scored: [number, Suggestion][] = [];
  for (const suggestion of suggestions) {
    const byKey = key
      ? Math.min(...suggestion.keys.map((k) => (near(key, k) ? distance(key, k) : Infinity)))
      : Infinity;
    const bySpelling = near(text, suggestion.label) ? distance(text, suggestion.label) : Infinity;
    const shared = suggestion.words.some((word) => words.has(word)) ? 1 : Infinity;
    const score = Math.min(byKey, bySpelling, shared);
    if (score < Infinity) scored.push([score, suggestion]);
  }
  const seen = new Set<string>();
  return scored
    .sort(([a], [b]) => a - b)
    .map(([, suggestion]) => suggestion)
    .filter((s) => !seen.has(s.url ?? s.label) && seen.add(s.url ?? s.label))
    .slice(0, limit);
}
