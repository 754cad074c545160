import type { Loader } from 'astro/loaders';
import { ContentError, hasErrors, formatProblem } from '../domain/errors';
import type { Collection } from '../domain/schemas';
import { loadHandbook, type LoadedHandbook } from './load-handbook';
import { renderBodies } from './render-bodies';
import { readSettings } from './settings';

let loading: LoadedHandbook | undefined;

/** The content folder is read and checked once per build, whichever collection asks first. */
function loadOnce(): LoadedHandbook {
  if (!loading) {
    const settings = readSettings();
    loading = loadHandbook(settings);
    if (hasErrors(loading.problems)) {
      const failed = loading;
      loading = undefined;
      throw new ContentError(failed.problems, 'content/');
    }
  }
  return loading;
}

/**
 * An Astro content loader over the handbook's own loader: entries arrive validated, and page
 * bodies are rendered with the site's Markdown options (src/source/body-markdown.ts), only
 * those that changed since the cached build. Bodies are never compiled to code.
 */
export function handbookLoader(collection: Collection): Loader {
  return {
    name: `handbook-${collection}`,
    async load({ store, generateDigest, logger }) {
      const loaded = loadOnce();
      if (collection === 'departments') {
        loaded.problems.filter((p) => p.severity === 'warning').forEach((p) => logger.warn(formatProblem(p, 'content/')));
      }
      const bodies = new Map(loaded.bodies.filter((b) => b.collection === collection).map((b) => [b.id, b]));
      const entries = loaded.handbook[collection] as { id: string }[];
      const keep = new Set<string>();
      const changed = [];
      for (const entry of entries) {
        const page = bodies.get(entry.id);
        const data = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
        const digest = generateDigest({ data, body: page?.body ?? '' });
        keep.add(entry.id);
        if (store.get(entry.id)?.digest !== digest) changed.push({ id: entry.id, data, digest, page });
      }
      const rendered = await renderBodies(changed.flatMap(({ page }) => (page ? [page.body] : [])));
      let next = 0;
      for (const { id, data, digest, page } of changed) {
        store.set({ id, data, digest, ...(page && { body: page.body, filePath: `content/${page.file}`, rendered: rendered[next++] }) });
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    },
  };
}
