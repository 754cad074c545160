import type { Loader } from 'astro/loaders';
import { ContentError, hasErrors, formatProblem } from '../domain/errors';
import type { Collection } from '../domain/schemas';
import { loadHandbook, type LoadedHandbook } from './load-handbook';
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
 * bodies are rendered by the configured Markdown processor. Bodies are never compiled to code.
 */
export function handbookLoader(collection: Collection): Loader {
  return {
    name: `handbook-${collection}`,
    async load({ store, renderMarkdown, generateDigest, logger }) {
      const loaded = loadOnce();
      if (collection === 'departments') {
        loaded.problems.filter((p) => p.severity === 'warning').forEach((p) => logger.warn(formatProblem(p, 'content/')));
      }
      const bodies = new Map(loaded.bodies.filter((b) => b.collection === collection).map((b) => [b.id, b]));
      const entries = loaded.handbook[collection] as { id: string }[];
      const keep = new Set<string>();
      for (const entry of entries) {
        const page = bodies.get(entry.id);
        const data = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
        const digest = generateDigest({ data, body: page?.body ?? '' });
        keep.add(entry.id);
        if (store.get(entry.id)?.digest === digest) continue;
        store.set({
          id: entry.id,
          data,
          digest,
          ...(page && { body: page.body, filePath: `content/${page.file}`, rendered: await renderMarkdown(page.body) }),
        });
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    },
  };
}
