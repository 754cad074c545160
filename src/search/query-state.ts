/** The state of the search page, kept in its URL (`/search/?q=…&method=…`) so a search can be linked. */
export interface SearchState {
  q: string;
  /** Selected values per filter; an entry matches any value of a filter and every filter. */
  filters: Record<string, string[]>;
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
