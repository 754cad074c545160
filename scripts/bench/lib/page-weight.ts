import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Bytes a type of page weighs: its HTML, and the JavaScript and CSS it loads at once. */
export interface PageTypeWeight {
  type: string;
  pages: number;
  htmlMedian: number;
  htmlMax: number;
  /** Scripts the heaviest page runs on load: inline ones and those it links to. */
  jsMax: number;
  /** Styles of the heaviest page: inline ones and linked stylesheets. */
  cssMax: number;
}

export interface SiteWeight {
  types: PageTypeWeight[];
  /** Every distinct stylesheet of the site, inline or linked, in bytes. */
  cssTotal: number;
  /** Every JavaScript file of the site, whether a page loads it at once or on demand. */
  jsFilesTotal: number;
  /** The Pagefind index folder, if the site has one. */
  searchIndex?: { bytes: number; files: number };
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** `facilitators/<id>` for a profile, `facilitators/` for the list, `/` for the home page. */
function pageType(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  return parts.length === 1 ? `${parts[0]}/` : `${parts[0]}/<id>`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const STYLESHEET = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;
const bytes = (text: string) => Buffer.byteLength(text);

/** Weighs every HTML page of a built site, grouped by type of page. */
export function weighSite(site: string, base = '/'): SiteWeight {
  const fileSize = (href: string) => {
    const path = join(site, href.startsWith(base) ? href.slice(base.length) : href);
    return existsSync(path) ? statSync(path).size : 0;
  };
  const byType = new Map<string, { html: number[]; js: number; css: number }>();
  const styles = new Set<string>();
  const stylesheets = new Set<string>();
  for (const file of filesUnder(site).filter((path) => path.endsWith('.html'))) {
    const url = `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    let js = 0;
    for (const [, attributes, content] of html.matchAll(SCRIPT)) {
      if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
      const src = /src="([^"]+)"/.exec(attributes)?.[1];
      js += src ? fileSize(src) : bytes(content);
    }
    let css = 0;
    for (const [, content] of html.matchAll(STYLE)) {
      css += bytes(content);
      styles.add(content);
    }
    for (const [, href] of html.matchAll(STYLESHEET)) {
      css += fileSize(href);
      stylesheets.add(href);
    }
    const type = pageType(url);
    const entry = byType.get(type) ?? { html: [], js: 0, css: 0 };
    entry.html.push(bytes(html));
    entry.js = Math.max(entry.js, js);
    entry.css = Math.max(entry.css, css);
    byType.set(type, entry);
  }
  const types = [...byType].map(([type, { html, js, css }]) => {
    const sorted = html.sort((a, b) => a - b);
    return {
      type,
      pages: sorted.length,
      htmlMedian: sorted[Math.floor(sorted.length / 2)],
      htmlMax: sorted[sorted.length - 1],
      jsMax: js,
      cssMax: css,
    };
  });
  const index = filesUnder(join(site, 'pagefind'));
  return {
    types: types.sort((a, b) => b.pages - a.pages || a.type.localeCompare(b.type)),
    cssTotal:
      [...styles].reduce((sum, text) => sum + bytes(text), 0) +
      [...stylesheets].reduce((sum, href) => sum + fileSize(href), 0),
    jsFilesTotal: filesUnder(site)
      .filter((path) => path.endsWith('.js') && !path.includes(`${sep}pagefind${sep}`))
      .reduce((sum, path) => sum + statSync(path).size, 0),
    searchIndex:
      index.length > 0
        ? { bytes: index.reduce((sum, path) => sum + statSync(path).size, 0), files: index.length }
        : undefined,
  };
}
