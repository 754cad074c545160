import type { Handbook } from '../handbook';
import { buildMatchingContext, type MatchingContext } from '../matching/context';
import { suggestForRequest } from '../matching/suggest';
import type { OfferLookups } from './check-offers';

/**
 * Everyone the hard rules rule out of a request, with the reasons (facilitator id → reasons),
 * as the request page lists them.
 */
export function excludedFrom(
  request: Handbook['requests'][number],
  context: MatchingContext,
): Map<string, readonly string[]> {
  const { excluded } = suggestForRequest(request, context, { limit: 0 });
  return new Map(excluded.map(({ facilitator, reasons }) => [facilitator.id, reasons]));
}

/** The lookups of the offer rules over a whole handbook; matching is built only when asked. */
export function handbookOfferLookups(handbook: Handbook, matching?: MatchingContext): OfferLookups {
  const requests = new Map(handbook.requests.map((r) => [r.id, r]));
  const names = new Map(handbook.facilitators.map((f) => [f.id, f.name]));
  let context = matching;
  const exclusions = new Map<string, Map<string, readonly string[]>>();
  return {
    request(id) {
      const request = requests.get(id);
      return (
        request && {
          id,
          title: request.title,
          status: request.status,
          host: request.host,
          volunteers: request.volunteers,
          sessionCount: request.sessions.length,
        }
      );
    },
    facilitatorName: (id) => names.get(id),
    earlierOffer: () => undefined,
    excludedReasons(requestId, facilitatorId) {
      const request = requests.get(requestId);
      if (!request) return undefined;
      let excluded = exclusions.get(requestId);
      if (!excluded) {
        context ??= buildMatchingContext(handbook);
        excluded = excludedFrom(request, context);
        exclusions.set(requestId, excluded);
      }
      return excluded.get(facilitatorId);
    },
  };
}
