import { formatFieldPath, type Problem } from '../errors';
import type { Offer } from '../handbook';
import type { RequestStatus } from '../schemas/requests';
import { REQUEST_STATUS_LABELS } from '../views/labels';

/** What the offer rules need to know of a request. */
export interface OfferedRequest {
  id: string;
  title: string;
  status: RequestStatus;
  host: string;
  /** Its `volunteers:` list (not its offers). */
  volunteers: readonly string[];
  sessionCount: number;
}

/** What the offer rules need of a request, from the handbook or from the data the site published. */
export function offeredRequest(
  id: string,
  request: Omit<OfferedRequest, 'id' | 'sessionCount'> & { sessions: readonly unknown[] },
): OfferedRequest {
  const { title, status, host, volunteers } = request;
  return { id, title, status, host, volunteers, sessionCount: request.sessions.length };
}

/**
 * What the rules look up beyond the offers they check: the build reads the whole handbook, a
 * form the data the site published for it.
 */
export interface OfferLookups {
  request(id: string): OfferedRequest | undefined;
  facilitatorName(id: string): string | undefined;
  /** The file of an offer already made for (request, facilitator) among those not checked here. */
  earlierOffer(requestId: string, facilitatorId: string): string | undefined;
  /** Why the hard rules of the suggestions rule a facilitator out of a request; undefined when they do not. */
  excludedReasons(requestId: string, facilitatorId: string): readonly string[] | undefined;
}

const OFFERABLE: readonly RequestStatus[] = ['open', 'matched'];

/** Requests one can offer for: open or matched (the content model's first offer rule). */
export const isOfferable = (request: { status: RequestStatus }) => OFFERABLE.includes(request.status);

/**
 * The rules of offers (content model, `offers/`): the request is open or matched, the offer is
 * not the host's, one offer per request and facilitator, not also in the request's
 * `volunteers:`, sessions that exist; and a warning when a hard rule of the suggestions rules
 * the facilitator out (the request page shows the offer with the reason).
 */
export function checkOffers(offers: readonly Offer[], lookups: OfferLookups): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const offer of offers) {
    const at = (severity: Problem['severity'], field: (string | number)[], message: string) =>
      problems.push({
        severity,
        file: offer.source.file,
        field: formatFieldPath([...offer.source.path, ...field]),
        message,
      });
    const request = lookups.request(offer.request);
    if (!request) continue;
    const who = `${lookups.facilitatorName(offer.facilitator) ?? offer.facilitator}（${offer.facilitator}）`;
    if (!isOfferable(request)) {
      at(
        'error',
        ['request'],
        `依頼「${request.title}」は status が ${request.status}（${REQUEST_STATUS_LABELS[request.status]}）です。名乗り出られるのは open（募集中）か matched（派遣決定）の依頼だけです`,
      );
    }
    if (offer.facilitator === request.host) {
      at('error', ['facilitator'], `${who}はこの依頼の依頼者（host）です。自分の依頼には名乗り出られません`);
    }
    const pair = `${offer.request}\n${offer.facilitator}`;
    const earlier = seen.get(pair) ?? lookups.earlierOffer(offer.request, offer.facilitator);
    if (earlier !== undefined) {
      at(
        'error',
        ['facilitator'],
        `${who}はこの依頼にもう名乗り出ています（${earlier}）。名乗り出は1つの依頼に1人1件です`,
      );
    } else seen.set(pair, offer.source.file);
    if (request.volunteers.includes(offer.facilitator)) {
      at(
        'error',
        ['facilitator'],
        `${who}は依頼の volunteers にも書かれています。名乗り出のファイルか volunteers のどちらか一方にしてください`,
      );
    }
    offer.sessions?.forEach((number, index) => {
      if (number > request.sessionCount) {
        at(
          'error',
          ['sessions', index],
          `この依頼の開催回は${request.sessionCount}回です。1〜${request.sessionCount}の番号を書いてください`,
        );
      }
    });
    // The host's own offer is an error already: their other reasons add nothing.
    const reasons =
      offer.facilitator === request.host
        ? undefined
        : lookups.excludedReasons(offer.request, offer.facilitator);
    if (reasons && reasons.length > 0) {
      at(
        'warning',
        ['facilitator'],
        `${who}は派遣の候補から外れる条件に当たります: ${reasons.join('、')}。依頼のページには理由とともに表示されます`,
      );
    }
  }
  return problems;
}
