import type { DispatchRequest } from '../handbook';

/**
 * The query strings that open a form under `/new/` already filled in: every field of a form can
 * be given by its key (`/new/offer/?request=<id>&facilitator=<id>`); lists are comma-separated.
 */
export type Prefill = Record<string, string | readonly string[] | number | undefined>;

export function prefillQuery(prefill: Prefill): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(prefill)) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A report on a request: its department, last date, the host with everyone dispatched, its methods. */
export function reportPrefill(request: DispatchRequest): Prefill {
  const dates = request.sessions.map((s) => s.date).sort();
  return {
    request: request.id,
    department: request.department,
    date: dates.at(-1),
    facilitators: [request.host, ...request.assigned.filter((id) => id !== request.host)],
    methods: request.methods.length > 0 ? request.methods : undefined,
  };
}
