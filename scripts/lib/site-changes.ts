import { parse } from 'yaml';

/**
 * Which pages of the site a change of content files adds, changes or removes, for the summary
 * a reviewer reads on a pull request (scripts/site-summary.ts). Pure: git is read by the caller.
 */

/** A changed file, its path relative to the content folder; YAML lists come with both texts. */
export interface ChangedFile {
  status: 'added' | 'changed' | 'removed';
  path: string;
  before?: string;
  after?: string;
}

export interface PageChange {
  status: ChangedFile['status'];
  /** Site-relative, without the base path: `facilitators/aoki-miho/`. */
  page: string;
  /** The page's title (a name, a request's title), or its id when it is gone. */
  title: string;
}

/** Titles of entries by collection and id, from the loaded handbook. */
export type TitleOf = (collection: string, id: string) => string | undefined;

const PAGE_COLLECTIONS = new Set(['facilitators', 'requests', 'reports', 'guides', 'courses', 'materials']);

/** A YAML list's entries by id, each as JSON to compare. */
function entriesById(
  text: string | undefined,
): Map<string, { json: string; entry: Record<string, unknown> }> {
  const entries = new Map<string, { json: string; entry: Record<string, unknown> }>();
  let list: unknown;
  try {
    list = text ? parse(text) : [];
  } catch {
    return entries;
  }
  if (!Array.isArray(list)) return entries;
  for (const entry of list as unknown[]) {
    if (entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string') {
      const record = entry as Record<string, unknown>;
      entries.set(record.id as string, { json: JSON.stringify(record), entry: record });
    }
  }
  return entries;
}

/** Entries of a YAML list that were added, changed or removed between two texts. */
function listChanges(
  file: ChangedFile,
): { status: ChangedFile['status']; id: string; entry: Record<string, unknown> }[] {
  const before = entriesById(file.before);
  const after = entriesById(file.after);
  const changes: { status: ChangedFile['status']; id: string; entry: Record<string, unknown> }[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (!then) changes.push({ status: 'added', id, entry: now.entry });
    else if (then.json !== now.json) changes.push({ status: 'changed', id, entry: now.entry });
  }
  for (const [id, then] of before)
    if (!after.has(id)) changes.push({ status: 'removed', id, entry: then.entry });
  return changes;
}

export function pageChanges(
  files: readonly ChangedFile[],
  titleOf: TitleOf,
): { pages: PageChange[]; other: string[] } {
  const pages = new Map<string, PageChange>();
  const other: string[] = [];
  const add = (change: PageChange) => {
    const known = pages.get(change.page);
    // A course page both added and changed (a new course and its first run) is added.
    if (!known || known.status === 'changed') pages.set(change.page, change);
  };
  for (const file of files) {
    const page = /^([a-z]+)\/([a-z0-9-]+)\.mdx?$/.exec(file.path);
    if (page && PAGE_COLLECTIONS.has(page[1])) {
      const [, collection, id] = page;
      add({ status: file.status, page: `${collection}/${id}/`, title: titleOf(collection, id) ?? id });
      continue;
    }
    if (file.path === 'departments.yaml' || file.path === 'methods.yaml') {
      const collection = file.path.replace('.yaml', '');
      for (const change of listChanges(file))
        add({
          status: change.status,
          page: `${collection}/${change.id}/`,
          title: titleOf(collection, change.id) ?? change.id,
        });
      continue;
    }
    if (file.path === 'cohorts.yaml') {
      // A run is a section of its course's page.
      for (const change of listChanges(file)) {
        const course = typeof change.entry.course === 'string' ? change.entry.course : undefined;
        if (course)
          add({ status: 'changed', page: `courses/${course}/`, title: titleOf('courses', course) ?? course });
      }
      continue;
    }
    other.push(file.path);
  }
  const order = { added: 0, changed: 1, removed: 2 };
  return {
    pages: [...pages.values()].sort(
      (a, b) => order[a.status] - order[b.status] || a.page.localeCompare(b.page),
    ),
    other,
  };
}
