/**
 * What a page body may contain once it is HTML. Markdown produces only elements of this list;
 * authors may write the same elements as raw HTML, plus the handbook components, and nothing
 * that can run code, load styles or change what the search index sees.
 */

/** Handbook components, written `<Note>` … `</Note>` without any import. */
export const COMPONENTS = {
  note: { label: 'Note', title: '補足', className: ['notice'] },
  caution: { label: 'Caution', title: '注意', className: ['notice', 'warn'] },
  steps: { label: 'Steps' },
} as const;

export type ComponentName = keyof typeof COMPONENTS;

export function isComponent(tagName: string): tagName is ComponentName {
  return Object.hasOwn(COMPONENTS, tagName);
}

/** Elements allowed in bodies: what Markdown (with GFM) renders, and a few safe inline and block tags. */
export const ELEMENTS: ReadonlySet<string> = new Set([
  // Markdown
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    'a',
    'img',
    'hr',
    'br',
  ],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'input', 'sup', 'section'],
  // Raw HTML an author may need: keys, marks, ruby, definition lists, disclosure
  ...['sub', 'kbd', 'mark', 'abbr', 'ruby', 'rt', 'rp', 'dl', 'dt', 'dd', 'details', 'summary'],
  ...['b', 'i', 's', 'u', 'small', 'q', 'cite', 'dfn', 'time', 'var', 'samp', 'ins', 'wbr', 'span', 'div'],
]);

/** Attributes (as hast properties) allowed on every element. */
const GLOBAL_ATTRIBUTES = new Set(['title', 'lang', 'dir', 'id', 'className']);

/** Attributes allowed on some elements only; footnotes and task lists need the aria and data ones. */
const ELEMENT_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  a: new Set(['href', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel']),
  img: new Set(['src', 'alt', 'width', 'height']),
  input: new Set(['type', 'checked', 'disabled']),
  ol: new Set(['start', 'reversed']),
  th: new Set(['align', 'colSpan', 'rowSpan', 'scope', 'abbr']),
  td: new Set(['align', 'colSpan', 'rowSpan']),
  details: new Set(['open']),
  time: new Set(['dateTime']),
  ins: new Set(['dateTime', 'cite']),
  del: new Set(['dateTime', 'cite']),
  q: new Set(['cite']),
  blockquote: new Set(['cite']),
  section: new Set(['dataFootnotes']),
};

export function isAllowedAttribute(tagName: string, property: string): boolean {
  if (isComponent(tagName)) return property === 'title' && tagName !== 'steps';
  return GLOBAL_ATTRIBUTES.has(property) || (ELEMENT_ATTRIBUTES[tagName]?.has(property) ?? false);
}

/** Attributes that hold a link or the address of something loaded. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

/**
 * The scheme of a URL that would run code or smuggle a document in, or undefined. Browsers
 * ignore case, whitespace and control characters inside a scheme, so this does too.
 */
export function forbiddenScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the control characters are what is removed
  const compact = url.replace(/[\u0000-\u0020\u007F]+/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.exec(compact)?.[1];
}

/** `onclick` from the hast property `onClick`, `aria-label` from `ariaLabel`: names as written. */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}
