import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';

export interface BrokenLink {
  page: string;
  target: string;
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Every same-site link and asset (href, src) in the built site, resolved under the base path,
 * that points at no file. Links to other hosts are returned too: the intranet may be closed.
 */
export function brokenLinks(
  dist: string,
  base = '/',
): { broken: BrokenLink[]; external: BrokenLink[]; checked: number } {
  const broken: BrokenLink[] = [];
  const external: BrokenLink[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const pageUrl = '/' + relative(dist, file).replace(/index\.html$/, '');
    const root = parse(readFileSync(file, 'utf8'));
    for (const element of root.querySelectorAll('[href], [src]')) {
      const target = element.getAttribute('href') ?? element.getAttribute('src')!;
      if (/^(mailto:|tel:|data:|#)/.test(target)) continue;
      if (/^[a-z]+:\/\//i.test(target) || target.startsWith('//')) {
        external.push({ page: pageUrl, target });
        continue;
      }
      checked++;
      const url = new URL(target, `http://site${base}${pageUrl.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: pageUrl, target });
        continue;
      }
      const path = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
      const exists = existsSync(path) && (statSync(path).isFile() || existsSync(join(path, 'index.html')));
      if (!exists) broken.push({ page: pageUrl, target });
    }
  }
  return { broken, external, checked };
}
