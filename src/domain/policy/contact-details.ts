import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Problem } from '../errors';
import { BODY_FIELD } from './body-field';

/**
 * Contact details written in a page body: mail addresses, telephone numbers and extensions.
 * Their place is a profile's `contact` fields, shown on the profile and the dispatch brief only.
 * Written in a body they are published with the page, so the check warns, and the renderer
 * keeps them out of the search index and the feed (`data-pagefind-ignore`, left out of excerpts).
 * Hand-written patterns: no library knows how Japanese offices write phone and extension numbers.
 */
const DIGIT = '[0-9０-９]';
const DASH = '[-‐－−ー]';
const PATTERNS = [
  // aoki@pref.example
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/,
  // 059-224-2001, 059(224)2001: a number starting with 0, as Japanese numbers are written
  new RegExp(
    `(?<![0-9０-９])[0０]${DIGIT}{1,4}(?:${DASH}|[(（])${DIGIT}{1,4}(?:${DASH}|[)）])${DIGIT}{3,4}(?![0-9０-９])`,
  ),
  // 内線 1234, 内線：1234, ext. 1234
  new RegExp(`(?:内線|[Ee]xt\\.?)[\\s:：]*${DIGIT}{2,6}`),
];
const CONTACT = new RegExp(PATTERNS.map((pattern) => pattern.source).join('|'), 'g');

/** Every contact detail in a text, in order. */
export function findContactDetails(text: string): string[] {
  return [...text.matchAll(CONTACT)].map((match) => match[0]);
}

/** A warning for each line of a body that writes a contact detail. */
export function contactDetailWarnings(body: string, place: { file: string; firstLine: number }): Problem[] {
  return body.split('\n').flatMap((line, index): Problem[] => {
    const found = findContactDetails(line);
    if (found.length === 0) return [];
    return [
      {
        severity: 'warning',
        file: place.file,
        line: place.firstLine + index,
        field: BODY_FIELD,
        message: `本文に連絡先（${found.join('、')}）が書かれています。本文はだれでも読めるページになります。連絡先はプロフィールの contact（email・extension）に書いてください（本文の連絡先は検索とフィードには載せません）`,
      },
    ];
  });
}

const hidden = (children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['contact'], dataPagefindIgnore: 'all' },
  children,
});

function hide<T extends RootContent | ElementContent>(nodes: T[]): T[] {
  return nodes.flatMap((node): T[] => {
    if (node.type === 'text') {
      const parts: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CONTACT)) {
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push(hidden([{ type: 'text', value: match[0] }]));
        last = match.index + match[0].length;
      }
      if (last === 0) return [node];
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      return parts as T[];
    }
    if (node.type !== 'element') return [node];
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && /^(mailto|tel):/i.test(href))
      return [hidden([node]) as T];
    return [{ ...node, children: hide(node.children) }];
  });
}

/**
 * A rehype plugin: each contact detail of a body goes inside `<span data-pagefind-ignore="all">`,
 * as the profile's own contact block is, so that the search index and the feed leave it out.
 */
export function rehypeHideContactDetails() {
  return (tree: Root): Root => ({ ...tree, children: hide(tree.children) });
}
