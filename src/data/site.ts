import { getCollection } from 'astro:content';
import type { Handbook } from '../domain/handbook';
import { buildMatchingContext, type MatchingContext } from '../domain/matching/context';
import { buildHandbookIndex, type HandbookIndex } from '../domain/views/handbook-index';
import { readGitHistory, type GitHistory } from '../source/git-history';
import { readSettings } from '../source/settings';

export interface Site {
  index: HandbookIndex;
  /** The build's "today" (HANDBOOK_TODAY or the date in Japan). */
  today: string;
  /** When each content file was last committed; empty when the content is not in git. */
  history: GitHistory;
  /** Indexes for the dispatch directory and suggestions, built once per build. */
  matching: MatchingContext;
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
    const settings = readSettings();
    return {
      index: buildHandbookIndex(handbook),
      today: settings.today,
      history: readGitHistory(settings.contentDir),
      matching: buildMatchingContext(handbook),
    };
  })();
  return site;
}
