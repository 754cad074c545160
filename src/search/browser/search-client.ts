import { INDEX_LANGUAGE } from '../document';
import { excerptParts, excerptSentence, type ExcerptPart, type IndexedResult } from '../excerpt';
import { SUGGESTIONS_FILE, type Suggestion } from '../terms';
import { queryTerms, queryWords } from '../words';

/**
 * The handbook's search in the browser: Pagefind's JS API over the one index of the site, asked
 * with the words ../words.ts makes of a query (the words the index was written with), and its
 * results shown with an excerpt of the body (../excerpt.ts).
 */

export type FilterCounts = Record<string, Record<string, number>>;

/** One Pagefind instance over the index: the part of its JS API this module uses. */
interface PagefindInstance {
  preload(term: string, options: object): Promise<void>;
  search(
    term: string | null,
    options: { filters?: object; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{
    results: { id: string; data(): Promise<IndexedResult & { url: string }> }[];
    totalFilters: FilterCounts;
  } | null>;
  filters(): Promise<FilterCounts>;
}

/** Pagefind's JS API (pagefind.js): instances of its own are made with `createInstance`. */
interface Pagefind {
  createInstance(options: {
    basePath: string;
    baseUrl: string;
    ranking: Record<string, number>;
    noWorker: boolean;
  }): PagefindInstance;
}

/**
 * Pagefind's ranking: a page's length counts for little (Pagefind's default is 0.75). A page's
 * index words include its readings and other spellings, so a long page is longer still, and a
 * guide or a request about a method should not rank below a short profile that lists it.
 */
const RANKING = { pageLength: 0.1 };

/** A result as the page shows it. */
export interface Hit {
  url: string;
  title: string;
  type: string;
  department?: string;
  excerpt: ExcerptPart[];
}

export interface Found {
  /** Every match, best first; each loads its page data (and excerpt) only when asked. */
  results: (() => Promise<Hit>)[];
}

export interface HandbookSearch {
  /**
   * Pages per filter value: of a query's matches whatever the filters chosen, or of all pages
   * for no query. Asked for only where the counts are shown: counting takes a search longer
   * than finding its results (README).
   */
  counts(query: string): Promise<FilterCounts>;
  /** Loads the index chunks a query will need (while it is typed), and nothing else. */
  preload(query: string): void;
  /** A query (or none: filters alone, sorted by `sort`), with the page's filters. */
  search(
    query: string,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<Found>;
  /** もしかして: what the query may have meant, nearest first; empty when nothing is near. */
  suggest(query: string): Promise<Suggestion[]>;
}

/** Loads Pagefind from `bundle` (`<base>pagefind/`): results link under the site's base path. */
export async function loadSearch(bundle: string): Promise<HandbookSearch> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  const baseUrl = new URL('..', new URL(bundle, location.href)).pathname;
  // Pagefind on the page's own thread: a worker would cost a cold search one more script and
  // round trip before any index file, and every result's data one message each way (see README).
  // Pagefind reads the language of queries from the page's <html lang> as an instance is made,
  // and would split a Japanese query into words again; the words are the index's already, so
  // each instance is made while the page says the index's language.
  const start = () => {
    const root = document.documentElement;
    const lang = root.lang;
    root.lang = INDEX_LANGUAGE;
    try {
      return pagefind.createInstance({ basePath: bundle, baseUrl, ranking: RANKING, noWorker: true });
    } finally {
      root.lang = lang;
    }
  };
  // Two instances: Pagefind counts the matches of every filter value it has loaded with each
  // search, at a cost that grows with matches times filter entries (at 5,000 pages, twice what
  // finding the results costs). The finder loads only the filters a query uses; the counter,
  // made on first use, loads them all and counts after the results are drawn.
  const finder = start();
  let counter: Promise<PagefindInstance> | undefined;
  const counting = () =>
    (counter ??= (async () => {
      // Pagefind's instances share its WebAssembly module, which two instances loading at once
      // would each instantiate, the second replacing the memory of the first: the counter is
      // made once the finder has loaded it (a preload waits for that, and loads nothing for '').
      await finder.preload('', {});
      const instance = start();
      await instance.filters();
      return instance;
    })());
  let suggestions: Promise<Suggestion[]> | undefined;

  return {
    async counts(query) {
      const instance = await counting();
      const words = queryWords(query);
      if (words.length === 0) return instance.filters();
      return (await instance.search(words.join(' '), {}))?.totalFilters ?? {};
    },
    preload(query) {
      const words = queryWords(query);
      if (words.length > 0) void finder.preload(words.join(' '), {}).catch(() => undefined);
    },
    async search(query, options) {
      const words = queryWords(query);
      // A query of only particles or marks looks up nothing: it finds nothing, not everything.
      if (queryTerms(query).length > 0 && words.length === 0) return { results: [] };
      // Pagefind leaves out a word the index does not have; every word must be found, so a word
      // the index lacks means no page has them all (the words' index chunks load once for both).
      if (words.length > 1) {
        const alone = await Promise.all(words.map((word) => finder.search(word, {})));
        if (alone.some((one) => !one || one.results.length === 0)) return { results: [] };
      }
      const found = await finder.search(words.length > 0 ? words.join(' ') : null, options);
      if (!found) return { results: [] };
      return {
        results: found.results.map((result) => async () => {
          const data = await result.data();
          return {
            url: data.url,
            title: data.meta.title ?? data.url,
            type: data.meta.type ?? '',
            department: data.meta.department,
            excerpt: excerptParts(excerptSentence(data), query),
          };
        }),
      };
    },
    async suggest(query) {
      suggestions ??= fetch(`${bundle}${SUGGESTIONS_FILE}`).then((answer) =>
        answer.ok ? (answer.json() as Promise<Suggestion[]>) : [],
      );
      // Loaded only when a search finds nothing: a first search that finds something never pays for it.
      const { nearest } = await import('./nearest');
      return nearest(query, await suggestions);
    },
  };
}
