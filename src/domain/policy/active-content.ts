import { decodeHTML } from 'entities';

/**
 * Files under `public/` are published as they are, on the handbook's own origin: an SVG, HTML or
 * XML file that carries a script runs it, with the reader's session, when someone opens it.
 * Such files are refused rather than served under a Content-Security-Policy, because a policy
 * lives in each web server's settings and a copy of `dist/` served without it would run them.
 */

/** File types a browser may run a script from when it opens them directly. */
export const SCRIPTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.svg',
  '.html',
  '.htm',
  '.xhtml',
  '.xht',
  '.shtml',
  '.xml',
  '.xsl',
  '.xslt',
  '.mht',
  '.mhtml',
]);

/** Types that cannot be read without unpacking them; refused outright. */
export const PACKED_SCRIPTABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.svgz']);

const FINDINGS: { pattern: RegExp; what: string }[] = [
  { pattern: /<(?:[\w.-]+:)?script\b/i, what: '<script>' },
  {
    pattern: /<(?:[\w.-]+:)?(?:iframe|frame|object|embed|foreignObject|handler|listener)\b/i,
    what: '埋め込み要素（iframe・object・embed・foreignObject など）',
  },
  { pattern: /(?:^|[\s"'/])on[a-z]+\s*=/i, what: 'イベント属性（onload= など）' },
  { pattern: /<\?xml-stylesheet\b/i, what: 'XSLT（xml-stylesheet）' },
  { pattern: /(?:=|url\()["']?(?:javascript|vbscript|livescript):/i, what: 'javascript: の URL' },
  {
    pattern:
      /(?:=|url\()["']?data:(?:text\/html|image\/svg\+xml|application\/xhtml\+xml|text\/xml|application\/xml)/i,
    what: '文書を埋め込む data: の URL',
  },
];

export interface ActiveContent {
  /** 1-based line, when the finding sits on one line. */
  line?: number;
  what: string;
}

// eslint-disable-next-line no-control-regex -- browsers skip these inside a URL scheme, so does this
const IGNORED_IN_SCHEMES = /[\u0000-\u0020\u007F]+/g;

/** What a text reads as once character references are decoded and skipped characters removed. */
const asBrowserReads = (text: string) => decodeHTML(text).replace(IGNORED_IN_SCHEMES, '');

/**
 * The first thing in an SVG, HTML or XML text that could run a script: a script element, an
 * event attribute, an embedded document, a `javascript:` URL (however its characters are
 * encoded or spaced). Errs on the side of refusing: such files are drawings and handouts.
 * A scan of the text rather than a parser: a parser finds only what it parses as leniently as
 * every browser does, and a file that fails to parse would have to be refused anyway.
 */
export function findActiveContent(text: string): ActiveContent | undefined {
  const lines = text.split('\n');
  for (const { pattern, what } of FINDINGS) {
    const line = lines.findIndex((l) => pattern.test(l) || pattern.test(asBrowserReads(l)));
    if (line >= 0) return { line: line + 1, what };
  }
  // A scheme split over lines, or spelt with references that span them.
  const whole = asBrowserReads(text);
  const found = FINDINGS.find(({ pattern }) => pattern.test(whole));
  return found && { what: found.what };
}
