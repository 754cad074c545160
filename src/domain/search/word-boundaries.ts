/**
 * Japanese has no spaces between words, so an index needs a segmenter. Pagefind's own (charabia,
 * with a Japanese dictionary) makes indexing about three times slower than splitting at spaces,
 * and differs from the browser's, which splits a query with `Intl.Segmenter`. So the pages
 * reach Pagefind with a space at every word boundary `Intl.Segmenter` finds next to Japanese
 * text (ICU, the same rules as the browser's), and Pagefind splits them at spaces.
 *
 * Pagefind keeps a page's text as its words joined by spaces, and shows excerpts of it. The
 * spaces put in are taken out again for display (`withoutWordBoundaries`); a space that was
 * in the page next to Japanese text carries an invisible word joiner, so it stays.
 */

/** Marks a space of the page's own next to Japanese text (U+2060 WORD JOINER: invisible, no letter). */
export const KEPT = '\u2060';
// Japanese script, its punctuation and full-width forms, the prolonged sound mark.
export const JAPANESE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff00-\uffef]/u;

// A space is put in, never kept, when Japanese text is on either side, possibly across a <mark>.
const PUT_IN = new RegExp(
  `(?<=${JAPANESE.source}(?:</?mark>)*) (?!${KEPT})|(?<!${KEPT}(?:</?mark>)*) (?=(?:</?mark>)*${JAPANESE.source})`,
  'gu',
);

/**
 * Text Pagefind gives back (an excerpt, with or without `<mark>`) as the page had it: without the
 * spaces withWordBoundaries put in, and without the marks on the page's own spaces.
 */
export function withoutWordBoundaries(text: string): string {
  return text.replace(PUT_IN, '').replaceAll(KEPT, '');
}
