// The handbook's search in the browser, copied into the site as `pagefind/handbook-search.js`
// by the indexing step; the search page and the tests load it the same way.
//
// The index is several Pagefind indexes ("shards", listed in `shards.json`), merged into one
// Pagefind with mergeIndex. Pagefind runs a search in each shard on its own and ranks the
// results together by score, which differs from one index of the whole site in two ways this
// module puts right: a sorted list would interleave the shards, and a query word is matched in
// each shard with that shard's words only.

/** A filter Pagefind adds to every page of a shard (`mergeFilter`), valued by the shard's place. */
const SHARD = 'shard';

const withoutShard = ({ [SHARD]: _, ...counts }) => counts;

// How Pagefind 1.6 turns a query into words for a Japanese index (pagefind.js, search()).
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;
const normalizeDiacritics = (text) => {
  const stripped = text.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
};

/**
 * The words Pagefind looks up for a query.
 * @param {string} query
 * @param {string[]} includeCharacters
 */
function queryWords(query, includeCharacters) {
  const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
  const chunks = [];
  for (const { segment } of new Intl.Segmenter('ja', { granularity: 'word' }).segment(query)) {
    const kept = [];
    for (const { segment: grapheme } of graphemes.segment(segment)) {
      if (includeCharacters.includes(grapheme)) kept.push(grapheme);
      else if (!PUNCTUATION.test(grapheme)) kept.push(grapheme.toLocaleLowerCase());
    }
    if (kept.length > 0) chunks.push(kept.join(''));
  }
  return chunks
    .join(' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .split(' ')
    .map(normalizeDiacritics)
    .filter((word) => word.length > 0);
}

/** The index of the first word in a sorted list that is not before `word`. */
function lowerBound(words, word) {
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle] < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How a shard's words match a query word, as Pagefind matches it: the words that start with it,
 * else the longest word it starts with. Returns Infinity for the first, the length of that
 * word for the second, 0 when neither is there (Pagefind then leaves the query word out).
 * @param {string[]} words sorted
 * @param {string} word
 */
function matchLength(words, word) {
  if (words[lowerBound(words, word)]?.startsWith(word)) return Infinity;
  const points = Array.from(word);
  for (let length = points.length - 1; length > 0; length--) {
    const prefix = points.slice(0, length).join('');
    if (words[lowerBound(words, prefix)] === prefix) return length;
  }
  return 0;
}

/**
 * Pagefind's JS API (search and filters) over every shard of the index under `bundle`
 * (`<base>pagefind/`): the first shard's `pagefind.js`, the others merged into it in the order
 * of `shards.json`, which is the order of a list made by filters alone.
 * @param {string} bundle
 * @param {{ excerptLength?: number }} [options]
 */
export async function loadSearch(bundle, options = {}) {
  const listing = `${bundle}shards.json`;
  // The list changes with every rebuild; the shard folders it names never do.
  const response = await fetch(listing, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} fetching ${listing}`);
  /** @type {{ wordBuckets: number; includeCharacters: string[]; shards: { name: string }[] }} */
  const { wordBuckets, includeCharacters, shards } = await response.json();
  if (shards.length === 0) throw new Error(`${listing} lists no shard`);
  // Results link under the site's base, not under a shard's folder. options() sets up only the
  // first shard, so each merged one is given the same options.
  const baseUrl = new URL('..', new URL(bundle, location.href)).pathname;
  const shardOptions = (place) => ({ ...options, baseUrl, mergeFilter: { [SHARD]: String(place) } });
  const pagefind = await import(`${bundle}${shards[0].name}/pagefind.js`);
  await pagefind.options(shardOptions(0));
  await Promise.all(
    shards.slice(1).map((shard, i) => pagefind.mergeIndex(`${bundle}${shard.name}/`, shardOptions(i + 1))),
  );

  const wordLists = new Map();
  /** A shard's words that start with the same character as `word` (`words/<bucket>.json`). */
  const wordsLike = (place, word) => {
    const file = `${bundle}${shards[place].name}/words/${word.codePointAt(0) % wordBuckets}.json`;
    if (!wordLists.has(file))
      wordLists.set(
        file,
        fetch(file).then((answer) =>
          answer.ok ? answer.json() : Promise.reject(new Error(`${answer.status} fetching ${file}`)),
        ),
      );
    return wordLists.get(file);
  };

  const chosen = new Map();
  /**
   * The shards a query searches: for each query word, those holding the words one index of the
   * whole site would match (in a shard without them, Pagefind matches a shorter word, or
   * leaves the query word out, and finds pages the whole site would not).
   * @param {string} term
   */
  const shardsFor = (term) => {
    if (!chosen.has(term)) {
      chosen.set(
        term,
        (async () => {
          let places = shards.map((_, place) => place);
          for (const word of queryWords(term, includeCharacters)) {
            const lengths = await Promise.all(
              shards.map(async (_, place) => matchLength(await wordsLike(place, word), word)),
            );
            const best = Math.max(...lengths);
            if (best > 0) places = places.filter((place) => lengths[place] === best);
          }
          return places;
        })(),
      );
    }
    return chosen.get(term);
  };

  /** @param {{ filters: object; totalFilters: object }} search */
  const tidy = (search) => ({
    ...search,
    filters: withoutShard(search.filters),
    totalFilters: withoutShard(search.totalFilters),
  });

  /**
   * A sorted search scores a page by its place in its own shard, so a sorted list made by
   * filters alone is read shard by shard, in order, each part sorted already.
   */
  async function sortedList(searchOptions) {
    const all = await pagefind.search(null, searchOptions);
    const counts = all.filters[SHARD] ?? {};
    const parts = await Promise.all(
      shards.map((_, place) =>
        counts[place]
          ? pagefind.search(null, {
              ...searchOptions,
              filters: { ...searchOptions.filters, [SHARD]: String(place) },
            })
          : undefined,
      ),
    );
    return { ...tidy(all), results: parts.flatMap((part) => part?.results ?? []) };
  }

  /** A query searches only the shards that match it as the whole site would. */
  async function query(term, searchOptions) {
    // A quoted search matches whole words only, the same in every shard.
    const places = /^\s*".+"\s*$/.test(term) ? shards.map((_, place) => place) : await shardsFor(term);
    if (places.length === shards.length) return tidy(await pagefind.search(term, searchOptions));
    // Query words whose words lie in different shards: no page has them all.
    if (places.length === 0) return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
    const only = { [SHARD]: { any: places.map(String) } };
    const found = await pagefind.search(term, {
      ...searchOptions,
      filters: { ...searchOptions.filters, ...only },
    });
    // Counts per filter value whatever the filters, and the matches before filtering, of these shards only.
    const filtered = Object.keys(searchOptions.filters ?? {}).length > 0;
    const unfiltered = filtered ? await pagefind.search(term, { ...searchOptions, filters: only }) : found;
    return {
      ...tidy(found),
      totalFilters: withoutShard(unfiltered.filters),
      unfilteredResultCount: unfiltered.results.length,
    };
  }

  return {
    filters: async () => withoutShard(await pagefind.filters()),
    /**
     * @param {string | null} term
     * @param {{ filters?: object; sort?: object }} [searchOptions]
     */
    async search(term, searchOptions = {}) {
      if (term !== null)
        return shards.length === 1
          ? tidy(await pagefind.search(term, searchOptions))
          : query(term, searchOptions);
      const sorted = Object.keys(searchOptions.sort ?? {}).length > 0;
      return sorted && shards.length > 1
        ? sortedList(searchOptions)
        : tidy(await pagefind.search(null, searchOptions));
    },
  };
}
