import type { APIRoute } from 'astro';
import { offerExclusions } from '../../../authoring/authoring-data';
import { getSite } from '../../../data/site';
import { plannedPaths } from '../../../data/rebuild';

/**
 * Who the hard rules of the suggestions rule out of a request one can offer for, with the
 * reasons: the offer form fetches it once the request is chosen, to warn as the check warns.
 */
export function getStaticPaths() {
  return plannedPaths('offerExclusions');
}

export const GET: APIRoute = async ({ params }) => {
  const { index } = await getSite();
  const request = index.request.get(params.request!)!;
  return new Response(JSON.stringify(offerExclusions(request, index.matching)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
