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
 * that points at no file; a calendar's `webcal://` link to the site itself (`site`) is checked
 * the same way. What the pages load from other hosts is returned too, as is every link there
 * other than one a content author wrote in the body or a course's `apply`: the intranet may be
 * closed.
 */
export function brokenLinks(
  dist: string,
  base = '/',
  site = 'http://localhost:4321',
): { broken: BrokenLink[]; external: BrokenLink[]; checked: number } {
  const broken: BrokenLink[] = [];
  const external: BrokenLink[] = [];
  const siteHost = new URL(site).host;
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const pageUrl = '/' + relative(dist, file).replace(/index\.html$/, '');
    const root = parse(readFileSync(file, 'utf8'));
    for (const element of root.querySelectorAll('[href], [src]')) {
      let target = element.getAttribute('href') ?? element.getAttribute('src')!;
      if (/^(mailto:|tel:|data:|#)/.test(target)) continue;
      const webcal = /^webcal:\/\/([^/]+)(\/.*)$/.exec(target);
      if (webcal && webcal[1] === siteHost) target = webcal[2];
      else if (/^[a-z]+:\/\//i.test(target) || target.startsWith('//')) {
        const authored = element.tagName === 'A' && element.closest('.prose, .apply');
        if (!authored) external.push({ page: pageUrl, target });
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
