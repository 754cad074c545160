import type { APIRoute } from 'astro';
import { authoringData } from '../../authoring/authoring-data';
import { getSite } from '../../data/site';

/**
 * What the forms under /new/ choose from and check against (src/authoring/authoring-data.ts):
 * ids and names, never contact details. One file for the four forms, so a browser loads it once;
 * who the hard rules rule out of a request is in `/new/offer/<id>.json`, fetched when needed.
 */
export const GET: APIRoute = async () => {
  const { index } = await getSite();
  return new Response(JSON.stringify(authoringData(index.handbook)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
