import type { Handbook } from '../handbook';
import type { MatchingContext } from '../matching/context';
import { suggestForRequest } from '../matching/suggest';
import type { HandbookIndex } from '../views/handbook-index';
import { offeredRequest, type OfferLookups } from './check-offers';

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

/** The lookups of the offer rules over a handbook's index; matching is built only when asked. */
export function handbookOfferLookups(index: HandbookIndex): OfferLookups {
  const exclusions = new Map<string, Map<string, readonly string[]>>();
  return {
    request(id) {
      const request = index.request.get(id);
      return request && offeredRequest(id, request);
    },
    facilitatorName: (id) => index.facilitator.get(id)?.name,
    earlierOffer: () => undefined,
    excludedReasons(requestId, facilitatorId) {
      const request = index.request.get(requestId);
      if (!request) return undefined;
      let excluded = exclusions.get(requestId);
      if (!excluded) {
        excluded = excludedFrom(request, index.matching);
        exclusions.set(requestId, excluded);
      }
      return excluded.get(facilitatorId);
    },
  };
}
