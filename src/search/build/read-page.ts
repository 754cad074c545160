import { Parser } from 'htmlparser2';

/** What the index takes from a built entry page, by the part of the page it comes from. */
export interface PageText {
  /** The `<h1>`: the title, with a person's reading beside the name. */
  title: string[];
  /** The text of the page body (`data-search-body`), block by block: what excerpts are made of. */
  body: string[];
  /** A summary of what the page is about (`data-search-lead`): searched with the page's topics. */
  lead: string[];
  /** Every other indexed text (field labels and values, summaries), block by block: searched, never shown. */
  fields: string[];
  /** Readings given by the page's search record (`data-search-reading`): searched with the title. */
  readings: string[];
  filters: [string, string][];
  meta: [string, string][];
  sort: [string, string][];
}

/** The start tag of the element Pagefind indexes, once a page has one. */
export const PAGEFIND_BODY = /<[a-zA-Z][^<>]*?\sdata-pagefind-body(?=[\s=/>])/;
const BODY_ATTRIBUTE = Buffer.from('data-pagefind-body');
const TAG_START = 0x3c;

/** Elements that end a block of text: a word never runs across them. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/**
 * Elements whose text is never searched: scripts and the like, and the labels of fields (`<dt>`:
 * 所属, 役割), the same on every page of a kind, so they would find every one of them.
 */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'dt']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

type Part = 'title' | 'body' | 'lead' | 'fields';

interface Open {
  name: string;
  /** Text inside is not indexed (`data-pagefind-ignore`, a script…). */
  ignored: boolean;
  /** Nor are filters, meta and sort keys (`data-pagefind-ignore="all"`). */
  allIgnored: boolean;
  part: Part;
}

/**
 * A string of its own: a part of the page's HTML as the parser gives it is a slice of it, and
 * keeps the whole page in memory while the index step holds the part (V8). Every page's text is
 * held until the site's analysis ends: 240 MB at 10,000 entries, 55 MB with copies.
 */
const own = (text: string) => Buffer.from(text).toString();

/** `key:value` of a Pagefind filter, meta or sort attribute. */
function keyValue(value: string): [string, string] | undefined {
  const colon = value.indexOf(':');
  return colon > 0 ? [own(value.slice(0, colon)), own(value.slice(colon + 1))] : undefined;
}

/**
 * Reads the indexed part of a built page as Pagefind would (its `data-pagefind-body` element and
 * what follows; every element under `data-pagefind-ignore` left out, and with `="all"` its filters
 * and meta too), sorted by where the text sits: title, body, other fields. Returns undefined for a
 * page without a `data-pagefind-body` element.
 */
export function readPage(html: string): PageText | undefined {
  const start = PAGEFIND_BODY.exec(html);
  if (!start) return undefined;
  const page: PageText = {
    title: [],
    body: [],
    lead: [],
    fields: [],
    readings: [],
    filters: [],
    meta: [],
    sort: [],
  };
  const stack: Open[] = [];
  let text = '';
  let part: Part = 'fields';
  // Pagefind reads the data-pagefind-body element only: the parse ends with it.
  let done = false;
  const flush = () => {
    const block = text.replace(/\s+/g, ' ').trim();
    if (block) page[part].push(own(block));
    text = '';
  };
  const top = (): Open | undefined => stack.at(-1);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        const parent = top();
        const ignore = attributes['data-pagefind-ignore'];
        const allIgnored = (parent?.allIgnored ?? false) || ignore === 'all';
        const ignored = (parent?.ignored ?? false) || ignore !== undefined || SKIPPED.has(name);
        const inPart: Part =
          name === 'h1'
            ? 'title'
            : 'data-search-body' in attributes
              ? 'body'
              : 'data-search-lead' in attributes
                ? 'lead'
                : (parent?.part ?? 'fields');
        if (BLOCKS.has(name) || inPart !== part) flush();
        part = inPart;
        if (!allIgnored) {
          for (const [attribute, list] of [
            ['data-pagefind-filter', page.filters],
            ['data-pagefind-meta', page.meta],
            ['data-pagefind-sort', page.sort],
          ] as const) {
            const pair = attributes[attribute] === undefined ? undefined : keyValue(attributes[attribute]);
            if (pair) list.push(pair);
          }
          const reading = attributes['data-search-reading'];
          if (reading) page.readings.push(own(reading));
        }
        if (!VOID.has(name)) stack.push({ name, ignored, allIgnored, part: inPart });
      },
      ontext(chunk) {
        if (!done && stack.length > 0 && !top()!.ignored) text += chunk;
      },
      onclosetag(name) {
        if (done) return;
        if (VOID.has(name)) {
          if (BLOCKS.has(name)) flush();
          return;
        }
        if (BLOCKS.has(name)) flush();
        // Close up to the element named (a parser-implied end closes what it left open).
        while (stack.length > 0 && stack.pop()!.name !== name);
        if (stack.length === 0) {
          flush();
          done = true;
          return;
        }
        const parentPart = top()?.part ?? 'fields';
        if (parentPart !== part) flush();
        part = parentPart;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html.slice(start.index));
  parser.end();
  flush();
  return page;
}

/**
 * `readPage` of a built page's bytes. Only the bytes from the tag that may hold
 * `data-pagefind-body` on are decoded, and a page without the attribute not at all: a site's
 * other pages (the directory, lists) are half its HTML at 5,000 entries.
 */
export function readPageBytes(html: Buffer): PageText | undefined {
  const mention = html.indexOf(BODY_ATTRIBUTE);
  if (mention < 0) return undefined;
  // A tag's `<` is one byte in UTF-8, never part of another character.
  return readPage(html.toString('utf8', Math.max(0, html.lastIndexOf(TAG_START, mention))));
}
