import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built page at a site URL such as `/facilitators/aoki-miho/`, parsed. */
export function page(dist: string, url: string): HTMLElement {
  const file = join(dist, url.replace(/^\//, ''), url.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`No page at ${url} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** Link targets inside an element. */
export function hrefs(element: HTMLElement): string[] {
  return element.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
}

/** Text of the elements matching a selector, whitespace collapsed. */
export function texts(element: HTMLElement, selector: string): string[] {
  return element.querySelectorAll(selector).map((e) => e.text.replace(/\s+/g, ' ').trim());
}
