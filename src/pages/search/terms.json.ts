import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { searchTerms } from '../../search/record';

/** Synonyms, method aliases and what もしかして offers, for the indexing step (src/search/build/). */
export const GET: APIRoute = async () => {
  const { index } = await getSite();
  return new Response(JSON.stringify(searchTerms(index)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
