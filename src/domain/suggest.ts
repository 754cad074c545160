import { distance } from 'fastest-levenshtein';

/** The known names closest to a misspelt one, for "did you mean" hints. */
export function closest(name: string, known: Iterable<string>, limit = 3): string[] {
  const maxDistance = Math.max(2, Math.floor(name.length / 3));
  return [...known]
    .map((candidate) => ({ candidate, score: distance(name, candidate) }))
    .filter(
      ({ candidate, score }) =>
        score <= maxDistance || candidate.startsWith(name) || name.startsWith(candidate),
    )
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** `（もしかして: a, b）` or nothing. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const hints = closest(name, known);
  return hints.length > 0 ? `（もしかして: ${hints.join(', ')}）` : '';
}
