import { sortProblems } from '../domain/errors';
import { loadHandbook, type LoadedHandbook, type LoadOptions, type PageBody } from './load-handbook';
import { renderBodies, stopRenderer, warmUpRenderer } from './render-bodies';

export interface CheckOptions {
  /**
   * Bodies known to render (the tests' fixture bodies, rendered by their build): not rendered
   * again, as the build does not render again a body its cache holds.
   */
  rendered?: (body: PageBody) => boolean;
  /** Keeps the render workers for another check (tests); a script lets them stop. */
  keepWorkers?: boolean;
  /** Milliseconds a body may take to render; the build's limit unless a test shortens it. */
  renderLimitMs?: number;
}

/**
 * What `npm run check` reports: everything the loader finds, and every page body rendered as
 * the build renders it (same renderer, same policy, same limits), so that a body the build
 * would refuse or stop is refused by the check too, with its file and line.
 */
export async function checkHandbook(options: LoadOptions, check: CheckOptions = {}): Promise<LoadedHandbook> {
  warmUpRenderer('/', options.contentDir);
  try {
    const loaded = loadHandbook(options);
    const outcomes = await renderBodies(
      loaded.bodies.filter((body) => !check.rendered?.(body)),
      '/',
      check.renderLimitMs,
    );
    const problems = outcomes.flatMap((outcome) => ('problems' in outcome ? outcome.problems : []));
    return problems.length === 0
      ? loaded
      : { ...loaded, problems: sortProblems([...loaded.problems, ...problems]) };
  } finally {
    if (!check.keepWorkers) await stopRenderer();
  }
}
