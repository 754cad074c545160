import { decodeEntities } from '../html-entities';
import { withoutWordBoundaries } from './word-boundaries';

/** The state of the search page, kept in its URL (`/search/?q=…&method=…`) so a search can be linked. */
export interface SearchState {
  q: string;
  /** Selected values per filter; an entry matches any value of a filter and every filter. */
  filters: Record<string, string[]>;
}

const HONORIFIC = /^(.{2,}?)(さん|さま|様|くん|君|氏|殿)$/u;

/**
 * The query as the index spells things: full-width Latin letters and digits and half-width
 * katakana folded (NFKC, so ＫＪ法 finds KJ法), and an honorific after a name dropped (青木さん).
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((term) => term !== '')
    .map((term) => term.replace(HONORIFIC, '$1'))
    .join(' ');
}

export const FILTER_KEYS = ['type', 'department', 'method', 'status'] as const;

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((value) => value.trim() !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

/** Pagefind's filter argument: any selected value within a filter, all filters together. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matched words) as plain text parts, so
 * the page can show it without parsing HTML, and without the spaces put between words for the index.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [i, piece] of withoutWordBoundaries(excerpt)
    .split(/<\/?mark>/)
    .entries()) {
    if (piece === '') continue;
    const marked = i % 2 === 1;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += decodeEntities(piece);
    else parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}
