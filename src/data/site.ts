import { getCollection } from 'astro:content';
import type { Handbook } from '../domain/handbook';
import { buildHandbookIndex, type HandbookIndex } from '../domain/views/handbook-index';
import { readSettings } from '../source/settings';

export interface Site {
  index: HandbookIndex;
  /** The build's "today" (HANDBOOK_TODAY or the date in Japan). */
  today: string;
}

let site: Promise<Site> | undefined;

async function entries<C extends keyof Handbook>(collection: C): Promise<Handbook[C]> {
  const loaded = await getCollection(collection as never);
  return loaded.map((entry: { id: string; data: unknown }) => ({ ...(entry.data as object), id: entry.id })) as Handbook[C];
}

/** The only place that reads collections: every page gets the same index, built once. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const handbook: Handbook = {
      departments: await entries('departments'),
      methods: await entries('methods'),
      cohorts: await entries('cohorts'),
      facilitators: await entries('facilitators'),
      requests: await entries('requests'),
      reports: await entries('reports'),
      guides: await entries('guides'),
      courses: await entries('courses'),
      materials: await entries('materials'),
    };
    return { index: buildHandbookIndex(handbook), today: readSettings().today };
  })();
  return site;
}
