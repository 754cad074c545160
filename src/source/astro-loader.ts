import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, hasErrors, formatProblem, sortProblems } from '../domain/errors';
import type { Collection } from '../domain/schemas';
import { loadHandbook, type LoadedHandbook } from './load-handbook';
import { bodyFile, hasBody, makeBodyFolder, removeBody, writeBody, writeExcerpt } from './body-cache';
import { contentCacheDir } from './build-plan';
import { renderBodies, warmUpRenderer } from './render-bodies';
import { readSettings } from './settings';

let loading: LoadedHandbook | undefined;

/** The content folder is read and checked once per build, whichever collection asks first. */
function loadOnce(): LoadedHandbook {
  if (!loading) {
    const settings = readSettings();
    // On a first build the render workers start while this thread reads the content folder. A
    // build with Astro's store from the last one renders only the bodies that changed, often
    // none: a worker (about a second and a half of CPU) starts when a body needs it.
    if (!existsSync(join(contentCacheDir(), 'data-store.json')))
      warmUpRenderer(settings.base, settings.contentDir);
    loading = loadHandbook(settings);
    if (hasErrors(loading.problems)) {
      const failed = loading;
      loading = undefined;
      throw new ContentError(failed.problems, 'content/');
    }
  }
  return loading;
}

/** In `astro dev`: each collection's latest load, run again when a content file changes. */
const reloads = new Map<LoadedCollection, () => Promise<void>>();
let watching = false;

/**
 * Watches the content folder in `astro dev` (Astro's watcher sees only the project's modules):
 * a change reads and checks the whole folder again, as a build would, and reloads every
 * collection; the dev server then reloads the page. A content error is printed, and the site
 * keeps the last content that loaded.
 */
function watchContent(watcher: NonNullable<LoaderContext['watcher']>, logger: LoaderContext['logger']) {
  if (watching) return;
  watching = true;
  const { contentDir } = readSettings();
  watcher.add(contentDir);
  let timer: NodeJS.Timeout | undefined;
  const reloadAll = async () => {
    loading = undefined;
    try {
      for (const reload of reloads.values()) await reload();
      logger.info('コンテンツを読み込み直しました');
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
    }
  };
  const changed = (path: string) => {
    if (relative(contentDir, path).startsWith('..')) return;
    // An editor saves in several steps: one reload for them all.
    clearTimeout(timer);
    timer = setTimeout(() => void reloadAll(), 100);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
}

/** Every collection of the handbook, and the groups of `content/synonyms.yaml`. */
type LoadedCollection = Collection | 'synonyms';

/**
 * An Astro content loader over the handbook's own loader: entries arrive validated, and page
 * bodies are rendered with the site's Markdown options (src/source/body-markdown.ts), only
 * those that changed since the cached build, into the body cache (src/source/body-cache.ts).
 * Bodies are never compiled to code, nor kept in the store: an entry with a body has its
 * `filePath`, and its digest covers the body.
 */
export function handbookLoader(collection: LoadedCollection): Loader {
  return {
    name: `handbook-${collection}`,
    async load(context) {
      if (context.watcher) {
        reloads.set(collection, () => loadCollection(collection, context));
        watchContent(context.watcher, context.logger);
      }
      await loadCollection(collection, context);
    },
  };
}

async function loadCollection(
  collection: LoadedCollection,
  { store, generateDigest, logger }: LoaderContext,
): Promise<void> {
  const loaded = loadOnce();
  if (collection === 'departments') {
    loaded.problems
      .filter((p) => p.severity === 'warning')
      .forEach((p) => logger.warn(formatProblem(p, 'content/')));
  }
  const bodies = new Map(loaded.bodies.filter((b) => b.collection === collection).map((b) => [b.id, b]));
  const entries = loaded.handbook[collection] as { id: string }[];
  const cacheDir = contentCacheDir();
  const fileOf = (id: string, digest: string) => bodyFile(cacheDir, collection, id, digest);
  const keep = new Set<string>();
  const changed = [];
  for (const entry of entries) {
    const page = bodies.get(entry.id);
    const data = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
    const digest = generateDigest({ data, body: page?.body ?? '' });
    keep.add(entry.id);
    const stored = store.get(entry.id)?.digest;
    if (stored !== digest || (page && !hasBody(fileOf(entry.id, digest))))
      changed.push({ id: entry.id, data, digest, page, stored });
  }
  const rendered = await renderBodies(
    changed.flatMap(({ page }) => (page ? [page] : [])),
    readSettings().base,
  );
  // A body the renderer refused or stopped fails the build as a content problem, naming the file.
  const refused = rendered.flatMap((outcome) => ('problems' in outcome ? outcome.problems : []));
  if (refused.length > 0) throw new ContentError(sortProblems(refused), 'content/');
  let next = 0;
  const writes: Promise<void>[] = [];
  if (rendered.length > 0) makeBodyFolder(cacheDir, collection);
  for (const { id, data, digest, page, stored } of changed) {
    if (page) {
      const outcome = rendered[next++];
      if (!('problems' in outcome))
        writes.push(
          writeBody(fileOf(id, digest), outcome.html),
          writeExcerpt(fileOf(id, digest), outcome.excerpt),
        );
    }
    if (stored !== undefined && stored !== digest) removeBody(fileOf(id, String(stored)));
    store.set({ id, data, digest, ...(page && { filePath: `content/${page.file}` }) });
  }
  for (const id of store.keys()) {
    if (keep.has(id)) continue;
    removeBody(fileOf(id, String(store.get(id)?.digest)));
    store.delete(id);
  }
  await Promise.all(writes);
}
