import type { Problem } from '../errors';
import { BODY_FIELD } from './body-field';

/**
 * What a page body may cost. Markdown parsers are recursive and some constructs cost the square
 * of their length, so a body written to hurt (lists nested a thousand deep, `*a*a*a…` over
 * 160 KB) could take minutes or crash the build. These limits are far above any page people
 * write (the demo's longest body is 1.5 KB; 256 KB is a short book), and each is refused with
 * the file and line before anything is parsed. The renderer adds a time limit per body
 * (src/source/render-bodies.ts) for what no cheap scan can foresee.
 */
export const BODY_LIMITS = {
  /** Bytes of UTF-8 in one body. A 256 KB body of prose renders in about a second. */
  bytes: 256 * 1024,
  /** Levels of nesting: quotes, list items and HTML elements inside each other. */
  depth: 64,
  /** Milliseconds one body may take to render (parse, check, HTML) before it is stopped. */
  renderMs: 5_000,
} as const;

const VOID_ELEMENTS = new Set([
  'br',
  'hr',
  'img',
  'input',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'meta',
  'link',
  'source',
  'track',
  'param',
]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(\/?)>/g;
/** One container at the start of a line: a quote marker or a list marker. */
const CONTAINER = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/;

/** Columns of indentation, tabs counted to the next multiple of 4 as Markdown does. */
function indentation(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** How deep a line of Markdown nests at least: its quote and list markers, and its indentation. */
function lineDepth(line: string): number {
  let depth = 0;
  let rest = line;
  // Nested lists are indented by two columns or more per level.
  const indent = Math.floor(indentation(line) / 2);
  for (let match = CONTAINER.exec(rest); match && match[0].length > 0; match = CONTAINER.exec(rest)) {
    depth++;
    rest = rest.slice(match[0].length);
    if (depth > BODY_LIMITS.depth) break;
  }
  return depth + indent;
}

/**
 * The limits of one body, checked by a scan in one pass, before it is parsed (hand-written: a
 * parser cannot tell how deep a text nests without the recursion this guards against): its size, and how
 * deep quotes, lists and HTML elements nest (an estimate that can only err high on HTML that
 * never closes its elements, which no page needs 64 of).
 */
export function checkBodyLimits(body: string, place: { file: string; firstLine: number }): Problem[] {
  const problem = (line: number, message: string): Problem => ({
    severity: 'error',
    file: place.file,
    line: place.firstLine + line,
    field: BODY_FIELD,
    message,
  });
  // TextEncoder rather than Buffer: the forms under /new/ run this check in the browser.
  const bytes = new TextEncoder().encode(body).length;
  if (bytes > BODY_LIMITS.bytes)
    return [
      problem(
        0,
        `本文が大きすぎます（${Math.ceil(bytes / 1024)} KB、上限は ${BODY_LIMITS.bytes / 1024} KB）。ページを分けるか、資料は public/ にファイルとして置いてリンクしてください`,
      ),
    ];
  let html = 0;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    let deepest = lineDepth(line);
    for (const [, closing, name, selfClosing] of line.matchAll(TAG)) {
      if (VOID_ELEMENTS.has(name.toLowerCase()) || selfClosing) continue;
      html = closing ? Math.max(0, html - 1) : html + 1;
      deepest = Math.max(deepest, html + lineDepth(line));
    }
    if (deepest > BODY_LIMITS.depth)
      return [
        problem(
          index,
          `本文の入れ子が深すぎます（引用・箇条書き・HTML の要素の入れ子は${BODY_LIMITS.depth}段まで）。入れ子を減らしてください`,
        ),
      ];
  }
  return [];
}
