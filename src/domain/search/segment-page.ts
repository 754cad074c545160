import { JAPANESE, KEPT } from './word-boundaries';

/** How the pages were segmented for the index (see word-boundaries.ts), with the ICU version that did it. */
export const WORD_BOUNDARIES = `Intl.Segmenter ja word, ICU ${process.versions.icu}`;

const WORDS = new Intl.Segmenter('ja', { granularity: 'word' });

// Markup whose text is not words: comments, scripts, styles, tags, and character references,
// which must reach Pagefind whole. Astro escapes < and > inside attributes, so a tag ends at
// its first >.
const MARKUP =
  /(<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]*>|&(?:#\d+|#x[\da-fA-F]+|[a-zA-Z]\w*);)/;
/** The start tag of the element Pagefind indexes, once a page has one. */
export const PAGEFIND_BODY = /<[a-zA-Z][^<>]*?\sdata-pagefind-body(?=[\s=/>])/;

// Whether each character of the Basic Multilingual Plane is Japanese, learnt as met: 0 not yet, 1 yes, 2 no.
const known = new Int8Array(0x10000);

/** Whether the character (code point) at `index` is Japanese text. */
function japaneseAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  if (code === undefined) return false;
  if (code > 0xffff) return JAPANESE.test(String.fromCodePoint(code));
  known[code] ||= JAPANESE.test(String.fromCharCode(code)) ? 1 : 2;
  return known[code] === 1;
}

/** The index of the last character (code point) of a text. */
function lastAt(text: string): number {
  const last = text.length - 1;
  const code = text.charCodeAt(last);
  return last > 0 && code >= 0xdc00 && code <= 0xdfff ? last - 1 : last;
}

const startsJapanese = (text: string) => japaneseAt(text, 0);
const endsJapanese = (text: string) => text !== '' && japaneseAt(text, lastAt(text));
/** Between two parts while segmenting: a paragraph separator always breaks, even after a CR. */
const SEPARATOR = '\u2029';

/**
 * The text parts with a space at each word boundary next to Japanese text, and at their ends
 * when Japanese (a tag between two parts is a boundary too; Pagefind would join them), their
 * own spaces there marked. The parts are segmented as one text, a separator between each: one
 * segmenter call per page, not per part, is most of the speed.
 */
function spaceWords(parts: string[]): string[] {
  const joined = parts.join(SEPARATOR);
  const spaced = parts.map(() => '');
  let part = 0;
  let end = parts[0].length;
  let before = '';
  for (const { segment, index } of WORDS.segment(joined)) {
    if (index === end) {
      part++;
      end += SEPARATOR.length + parts[part].length;
      before = '';
      continue;
    }
    if (/^\s/.test(segment)) {
      spaced[part] +=
        endsJapanese(before) || japaneseAt(joined, index + segment.length) ? `${KEPT}${segment}` : segment;
    } else {
      if (before !== '' && !/^\s/.test(before) && (endsJapanese(before) || startsJapanese(segment)))
        spaced[part] += ' ';
      spaced[part] += segment;
    }
    before = segment;
  }
  return spaced.map((text) => `${startsJapanese(text) ? ' ' : ''}${text}${endsJapanese(text) ? ' ' : ''}`);
}

/**
 * The page with its word boundaries next to Japanese text spaced, in the text of its
 * `data-pagefind-body` element and everything after it (Pagefind reads nothing before it);
 * markup and attributes are left as they are. A page without such an element is returned as it is.
 */
export function withWordBoundaries(html: string): string {
  const body = PAGEFIND_BODY.exec(html);
  if (!body) return html;
  const parts = html.slice(body.index).split(MARKUP);
  // split() with a capturing group alternates text (even places) and markup (odd places);
  // text of white space alone has no word to split.
  const places: number[] = [];
  for (let place = 0; place < parts.length; place += 2) if (/\S/.test(parts[place])) places.push(place);
  if (places.length > 0)
    spaceWords(places.map((place) => parts[place])).forEach((text, i) => (parts[places[i]] = text));
  return html.slice(0, body.index) + parts.join('');
}
