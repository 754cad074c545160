/**
 * The handbook's words that search treats specially, written by the build as `search/terms.json`
 * (src/pages/search/terms.json.ts) and read by the indexing step: synonym groups and method
 * aliases (searched as the word itself), and what もしかして offers.
 */
export interface SearchTerms {
  /** Methods with their aliases; `url` is site-relative, without the base path. */
  methods: { name: string; aliases: string[]; url: string }[];
  /** People with their reading; `url` is site-relative. */
  people: { name: string; kana: string; url: string }[];
  /** Groups of words that mean the same (`content/synonyms.yaml`). */
  synonyms: string[][];
  /** The themes people and requests are tagged with. */
  themes: string[];
}

/** Where the build writes the terms, relative to the site. */
export const SEARCH_TERMS_FILE = 'search/terms.json';

/** Something もしかして can offer: its label, the page it opens (site-relative) if any, its kana keys and index words. */
export interface Suggestion {
  label: string;
  url?: string;
  /** Kana keys of its reading (../words.ts `kanaKey`). */
  keys: string[];
  /** The words a query for it looks up, and its kanji runs. */
  words: string[];
}

/** Beside the index (`pagefind/`): the suggestions, read only when a search finds nothing. */
export const SUGGESTIONS_FILE = 'suggestions.json';
