import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { directoryCsv } from '../domain/exports/directory-csv';

/** The directory as a spreadsheet: UTF-8 with a BOM so that Excel in Japan reads it right. */
export const GET: APIRoute = async () => {
  const { index } = await getSite();
  return new Response(directoryCsv(index), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
