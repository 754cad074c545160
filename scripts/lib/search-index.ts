import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes a built site with Pagefind into `<site>/pagefind/`. The npm package runs its extended
 * binary (`pagefind_extended`) when installed, which segments Japanese into words; the pages
 * say `lang="ja"`, so the index is a Japanese one. Returns the problems (none on success) and
 * how many pages the index holds (only pages with `data-pagefind-body` once one page has it).
 */
export async function writeSearchIndex(site: string): Promise<{ errors: string[]; pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return { errors, pages: 0 };
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) return { errors: added.errors, pages: 0 };
    const outputPath = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return { errors: written.errors, pages: 0 };
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return { errors: [], pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0) };
  } catch (error) {
    return { errors: [String(error)], pages: 0 };
  } finally {
    await pagefind.close();
  }
}
