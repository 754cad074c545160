import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { directoryJson } from '../domain/exports/directory-json';

/** The dispatch directory and suggestions for other systems; no contact details. */
export const GET: APIRoute = async () => {
  const { index } = await getSite();
  // The best 20 per request: enough to decide on, and the file stays small on a large handbook.
  // Not indented: at 10,000 entries the indented file was 114 MB, held in memory as it is written.
  const body = JSON.stringify(directoryJson(index, { suggestionLimit: 20 }));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
