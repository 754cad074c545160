import { JAPANESE, KEPT } from './word-boundaries';

/** How the pages were segmented for the index (see word-boundaries.ts), with the ICU version that did it. */
export const WORD_BOUNDARIES = `Intl.Segmenter ja word, ICU ${process.versions.icu}`;

const WORDS = new Intl.Segmenter('ja', { granularity: 'word' });

// Markup whose text is not words: comments, scripts, styles, tags, and character references,
// which must reach Pagefind whole. Astro escapes < and > inside attributes, so a tag ends at
// its first >.
const MARKUP = /(<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]*>|&(?:#\d+|#x[\da-fA-F]+|[a-zA-Z]\w*);)/;
const BODY = /<[a-zA-Z][^<>]*?\sdata-pagefind-body(?=[\s=/>])/;

const japanese = (char: string | undefined) => char !== undefined && JAPANESE.test(char);
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * The text parts with a space at each word boundary next to Japanese text, and at their ends
 * when Japanese (a tag between two parts is a boundary too; Pagefind would join them), their
 * own spaces there marked. The parts are segmented as one text, a line break between each:
 * one segmenter call per page, not per part, is most of the speed.
 */
function spaceWords(parts: string[]): string[] {
  const joined = parts.join('\n');
  const spaced = parts.map(() => '');
  let part = 0;
  let end = parts[0].length;
  let before = '';
  for (const { segment, index } of WORDS.segment(joined)) {
    if (index === end) {
      // The line break between two parts.
      part++;
      end += 1 + parts[part].length;
      before = '';
      continue;
    }
    if (isSpace(segment[0])) {
      spaced[part] += japanese(before.at(-1)) || japanese(joined[index + segment.length]) ? `${KEPT}${segment}` : segment;
    } else {
      if (before !== '' && !isSpace(before[0]) && (japanese(before.at(-1)) || japanese(segment[0]))) spaced[part] += ' ';
      spaced[part] += segment;
    }
    before = segment;
  }
  return spaced.map((text) => `${japanese(text[0]) ? ' ' : ''}${text}${japanese(text.at(-1)) ? ' ' : ''}`);
}

/**
 * The page with its word boundaries next to Japanese text spaced, in the text of its
 * `data-pagefind-body` element and everything after it (Pagefind reads nothing before it);
 * markup and attributes are left as they are. A page without such an element is returned as it is.
 */
export function withWordBoundaries(html: string): string {
  const body = BODY.exec(html);
  if (!body) return html;
  const parts = html.slice(body.index).split(MARKUP);
  // split() with a capturing group alternates text (even places) and markup (odd places);
  // text of white space alone has no word to split.
  const places: number[] = [];
  for (let place = 0; place < parts.length; place += 2) if (/\S/.test(parts[place])) places.push(place);
  if (places.length > 0) spaceWords(places.map((place) => parts[place])).forEach((text, i) => (parts[places[i]] = text));
  return html.slice(0, body.index) + parts.join('');
}

