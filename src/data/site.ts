import { getCollection } from 'astro:content';
import type { Handbook } from '../domain/handbook';
import { digestOf } from '../domain/rebuild/page-plan';
import { buildHandbookIndex, type HandbookIndex } from '../domain/views/handbook-index';
import { readBuildPlan } from '../source/build-plan';
import { readGitHistory, type GitHistory } from '../source/git-history';
import { readSettings } from '../source/settings';

export interface Site {
  index: HandbookIndex;
  /** The build's "today" (HANDBOOK_TODAY or the date in Japan). */
  today: string;
  /** When each content file was last committed; empty when the content is not in git. */
  history: GitHistory;
  /** What pages are built from, digested, so that a rebuild can keep the pages that would not change. */
  digests: SiteDigests;
}

export interface SiteDigests {
  /** The code, the settings, today and every entry's fields: all that pages share. */
  shared: string;
  /** An entry's body (`reports/<id>`); undefined for entries without one. */
  body(collection: keyof Handbook, id: string): string | undefined;
}

let site: Promise<Site> | undefined;

const bodyDigests = new Map<string, string>();

async function entries<C extends keyof Handbook>(collection: C): Promise<Handbook[C]> {
  const loaded = await getCollection(collection as never);
  // The store's own digest of an entry covers its body: no need to hash every body again.
  // Entries with a body are those from a page file (the store keeps no body).
  for (const entry of loaded as { id: string; filePath?: string; digest?: string }[]) {
    if (entry.filePath !== undefined) bodyDigests.set(`${collection}/${entry.id}`, String(entry.digest));
  }
  return loaded.map((entry: { id: string; data: unknown }) => ({
    ...(entry.data as object),
    id: entry.id,
  })) as Handbook[C];
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
      offers: await entries('offers'),
      synonyms: await entries('synonyms'),
    };
    const settings = readSettings();
    // The build plan's digest covers the code and the settings (scripts/build/build-digest.ts).
    const shared = digestOf(
      readBuildPlan()?.buildDigest,
      settings.today,
      import.meta.env.BASE_URL,
      import.meta.env.SITE,
      JSON.stringify(handbook),
    );
    return {
      index: buildHandbookIndex(handbook, settings.today),
      today: settings.today,
      history: readGitHistory(settings.contentDir),
      digests: { shared, body: (collection, id) => bodyDigests.get(`${collection}/${id}`) },
    };
  })();
  return site;
}
