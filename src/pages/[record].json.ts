import type { APIRoute } from 'astro';
import { pageRecord, recordPaths } from '../data/rebuild';

/** Only in a build with a plan: the record of every planned page, which scripts/build.ts reads and removes. */
export function getStaticPaths() {
  return recordPaths();
}

export const GET: APIRoute = async () => new Response(JSON.stringify(await pageRecord()));
