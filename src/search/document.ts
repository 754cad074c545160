/**
 * The shape of what the index holds for a page, shared by the build that writes it and the
 * browser that reads it back (see README.md in this folder). Pagefind's content of a page is its
 * index words only, in this order: the body's words sentence by sentence, SENTENCE between two
 * sentences, BODY_END, then the title's and the other fields' words. The sentences themselves, as
 * the page reads, are the meta field TEXT_META, joined by SENTENCE: a match's place among the
 * words tells which sentence to show.
 */

/** Between the words of two sentences of the body, and between the sentences in TEXT_META. */
export const SENTENCE = '¶';
/** After the words of the body. */
export const BODY_END = '§';
/** The meta field with the body's sentences, as hideText keeps them there. */
export const TEXT_META = 'text';

/** Where hideText moves a character: Unicode's private use plane 15, one code point per BMP character. */
const HIDDEN_PLANE = 0xf0000;

/**
 * The sentences as the meta field holds them: each character of the Basic Multilingual Plane moved
 * into private use plane 15. Pagefind indexes the words of every meta field too, and the body's
 * sentences there would be as big as the rest of the index, words nobody searches for (a
 * sentence up to its first space is one word); a character that is neither a letter nor a digit
 * makes no word. showText moves them back.
 */
export function hideText(text: string): string {
  let hidden = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    hidden += code < 0xfffe ? String.fromCodePoint(HIDDEN_PLANE + code) : char;
  }
  return hidden;
}

/** The text hideText hid. */
export function showText(hidden: string): string {
  let text = '';
  for (const char of hidden) {
    const code = char.codePointAt(0)!;
    text +=
      code >= HIDDEN_PLANE && code < HIDDEN_PLANE + 0xfffe ? String.fromCharCode(code - HIDDEN_PLANE) : char;
  }
  return text;
}
/**
 * The language the index is written in: any but Japanese, Chinese or Thai, for which Pagefind
 * would split the query into words again in the browser (the words are ours already).
 */
export const INDEX_LANGUAGE = 'und';
/** How much a word weighs by where it is: the title (a name, its reading) over the body. */
export const TITLE_WEIGHT = 10;
/** The other fields (a summary, methods, themes, a unit) tell what a page is about more than a sentence of its body. */
export const FIELD_WEIGHT = 2;
/** The methods a page is tagged with (its `method` filter): what it is about, below its title. */
export const TOPIC_WEIGHT = 3;
/** The filter whose values are a page's topics. */
export const TOPIC_FILTER = 'method';
