import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * Every entry route goes through the build plan (src/data/rebuild.ts), so that a rebuild keeps
 * its unchanged pages and the build script knows every page it may keep: read from the route
 * files and from the fixture's build, whose record of planned pages lies beside its dist folder.
 */
const PAGES = 'src/pages';
const RECORD_ROUTE = '[record].json.ts';

const routeFiles = readdirSync(PAGES, { recursive: true })
  .map(String)
  .filter((file) => /\.(astro|ts)$/.test(file) && file.includes('['))
  .filter((file) => file !== RECORD_ROUTE)
  .sort();

/** The files a route writes: `requests/[id]/brief.astro` → `requests/<any>/brief/index.html`. */
function routePattern(file: string): RegExp {
  const path = file.endsWith('.astro')
    ? `${file.replace(/(\/index)?\.astro$/, '')}/index.html`
    : file.replace(/\.ts$/, '');
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${path
      .split(/\[[^\]]+\]/)
      .map(literal)
      .join('[^/]+')}$`,
  );
}

describe('the build plan', () => {
  it('lists the paths of every entry route through plannedPaths', () => {
    expect(routeFiles.length).toBeGreaterThan(10);
    for (const file of routeFiles) {
      const source = readFileSync(join(PAGES, file), 'utf8');
      const paths = /export (?:async )?function getStaticPaths\(\)[^{]*\{([\s\S]*?)\n\}/.exec(source)?.[1];
      expect(paths, `${file} has no getStaticPaths`).toBeDefined();
      expect(paths!.trim(), `${file}: getStaticPaths must return plannedPaths('<route>')`).toMatch(
        /^return plannedPaths\('\w+'\);$/,
      );
    }
  });

  it.each(['fixtureDist', 'fixtureBaseDist'] as const)(
    'records every page the build wrote for an entry route, and only pages it wrote (%s)',
    (key) => {
      const dist = inject(key);
      const record = JSON.parse(readFileSync(join(dirname(dist), '.dist-pages-dist.json'), 'utf8')) as Record<
        string,
        string
      >;
      const built = readdirSync(dist, { recursive: true })
        .map(String)
        .filter((file) => !file.startsWith('pagefind/') && existsSync(join(dist, file)));
      const patterns = routeFiles.map(routePattern);
      const routed = built.filter((file) => patterns.some((pattern) => pattern.test(file)));
      expect(routed.length).toBeGreaterThan(50);
      expect(routed.filter((file) => !(file in record))).toEqual([]);
      expect(Object.keys(record).filter((file) => !built.includes(file))).toEqual([]);
      expect(built).not.toContain('handbook-build-record.json');
    },
  );

  // Astro 7 writes the content sync's modules there through one fixed temporary name: the
  // global setup's two builds at once, each of its own dist folder, failed on it (ENOENT).
  it("writes nothing into the project's .astro folder: builds of two dist folders may run at once", () => {
    expect(inject('projectAstroWrites')).toEqual([]);
  });

  it("lets a planned page read no body but its own entry's", () => {
    for (const file of routeFiles) {
      const source = readFileSync(join(PAGES, file), 'utf8');
      const calls = source.match(/bodyHtml\([^)]*\)/g) ?? [];
      for (const call of calls) expect(call, relative('.', join(PAGES, file))).toBe('bodyHtml(entry)');
      if (calls.length > 0) expect(source).toMatch(/const \{ entry \} = Astro\.props;/);
    }
  });
});
