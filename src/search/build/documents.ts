import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  BODY_END,
  FIELD_WEIGHT,
  SENTENCE,
  TEXT_META,
  hideText,
  TITLE_WEIGHT,
  TOPIC_FILTER,
  TOPIC_WEIGHT,
} from '../document';
import { SEARCH_TERMS_FILE, type SearchTerms, type Suggestion } from '../terms';
import { hanRuns, kanaKey, queryWords } from '../words';
import { chunksOf, startAnalysis, type RunningAnalysis } from './analyzer';
import {
  groupMatcher,
  readingWords,
  siteSpellings,
  textWords,
  type SiteAnalysis,
  type WordGroup,
} from './page-words';
import { readPageBytes, type PageText } from './read-page';

/**
 * What the index is given for a built site: one document of index words per entry page
 * (../document.ts), and what もしかして compares a query with. Made in a process of its own
 * (documents-worker.ts, started by write-index.ts) that ends before Pagefind writes.
 */

interface IndexedPage {
  url: string;
  text: PageText;
}

/**
 * The entry pages of a built site, as Pagefind would choose them: those with a
 * `data-pagefind-body` element. `read` is told each page's text as it is read; the reading
 * yields now and then, so that what it starts (the analyser) gets its messages meanwhile.
 */
async function readSite(site: string, read: (text: PageText) => void): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = [];
  let sinceYield = 0;
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = relative(site, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.startsWith('pagefind/')) continue;
    const text = readPageBytes(readFileSync(join(site, path)));
    if (!text) continue;
    pages.push({ url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`, text });
    read(text);
    if (++sinceYield === 100) {
      sinceYield = 0;
      await new Promise(setImmediate);
    }
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The body's text as sentences: each block split after 。！？!?, the separator character taken out. */
export function sentences(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) =>
    (block.replaceAll(SENTENCE, ' ').match(/[^。！？!?]+[。！？!?」』）)]*|[。！？!?]+/gu) ?? [])
      .map((sentence) => sentence.trim())
      .filter(Boolean),
  );
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The document Pagefind indexes for a page (see ../document.ts): index words only, the body's
 * sentence by sentence, the title's weighted; the sentences themselves, filters, meta and sort
 * keys as the page gave them.
 */
export function pageDocument(
  text: PageText,
  analysis: SiteAnalysis,
  groups: (words: ReadonlySet<string>) => string[],
): string {
  // A synonym or alias of a word weighs what the word weighs where it was found.
  const withGroups = (words: string[]) => [
    ...words,
    ...groups(new Set(words)).filter((w) => !words.includes(w)),
  ];
  // Each word once per page, in the first sentence that has it: the excerpt shows that one.
  const seen = new Set<string>();
  const body = sentences(text.body).map((sentence) =>
    withGroups(textWords(sentence, analysis)).filter((word) => !seen.has(word) && seen.add(word)),
  );
  const title = withGroups([
    ...new Set([
      ...text.title.flatMap((block) => textWords(block, analysis, { hiragana: false })),
      ...text.readings.flatMap(readingWords),
    ]),
  ]);
  // The methods a page is tagged with, and its summary: a word in both counts twice.
  const topicList = [
    ...withGroups(
      text.filters.filter(([key]) => key === TOPIC_FILTER).flatMap(([, value]) => textWords(value, analysis)),
    ),
    ...withGroups(text.lead.flatMap((block) => textWords(block, analysis))),
  ];
  const topics = new Set(topicList);
  // A field listing the methods counts once, as the page's topics.
  // A field's word the topics or the body have already, or a single kanji of a label or a date
  // (人, 年, 第), is left out: the page is found by it anyway, or it would find every page.
  const fields = withGroups([
    ...new Set(
      text.fields
        .flatMap((block) => textWords(block, analysis, { readings: false }))
        .filter((word) => !topics.has(word) && !seen.has(word) && !/^\p{sc=Han}$/u.test(word)),
    ),
  ]);
  const meta: [string, string][] = [...text.meta, [TEXT_META, hideText(sentences(text.body).join(SENTENCE))]];
  const attributes = (name: string, pairs: readonly [string, string][]) =>
    pairs.map(([key, value]) => `<span ${name}="${escapeHtml(`${key}:${value}`)}"></span>`).join('');
  return [
    '<html><body><main data-pagefind-body>',
    `<p>${body.map((words) => words.join(' ')).join(` ${SENTENCE} `)} ${BODY_END}</p>`,
    `<h1 data-pagefind-weight="${TITLE_WEIGHT}">${escapeHtml(title.join(' '))}</h1>`,
    `<p data-pagefind-weight="${TOPIC_WEIGHT}">${escapeHtml(topicList.join(' '))}</p>`,
    `<p data-pagefind-weight="${FIELD_WEIGHT}">${escapeHtml(fields.join(' '))}</p>`,
    attributes('data-pagefind-filter', text.filters),
    attributes('data-pagefind-meta', meta),
    attributes('data-pagefind-sort', text.sort),
    '</main></body></html>',
  ].join('');
}

/** The site's search terms (`search/terms.json`, written by the build), or none for a site without. */
function readTerms(site: string): SearchTerms {
  const file = join(site, SEARCH_TERMS_FILE);
  if (!existsSync(file)) return { methods: [], people: [], synonyms: [], themes: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as SearchTerms;
}

/** Groups of words searched as one: the synonym list's, and each method with its aliases. */
function wordGroups(terms: SearchTerms): WordGroup[] {
  return [
    ...terms.synonyms,
    ...terms.methods.filter((m) => m.aliases.length > 0).map((m) => [m.name, ...m.aliases]),
  ];
}

/** What もしかして compares a query with: methods, people, synonyms and themes, each with its kana keys. */
function suggestions(terms: SearchTerms, analysis: SiteAnalysis): Suggestion[] {
  const keysOf = (text: string) => {
    const keys = new Set([kanaKey(text)]);
    const tokens = chunksOf(text).flatMap((chunk) => analysis.tokens.get(chunk) ?? []);
    const readings = tokens.map(([surface, , , reading]) => (reading === '*' ? surface : reading));
    if (tokens.length > 0) keys.add(kanaKey(readings.join('')));
    keys.delete('');
    return [...keys];
  };
  const words = (text: string) => [...new Set([...hanRuns(text), ...queryWords(text)])];
  return [
    ...terms.methods.flatMap((m) =>
      [m.name, ...m.aliases].map((label) => ({
        label,
        url: m.url,
        keys: keysOf(label),
        words: words(label),
      })),
    ),
    ...terms.people.map((p) => ({
      label: p.name,
      url: p.url,
      keys: [kanaKey(p.kana)],
      words: words(p.name),
    })),
    ...[...new Set([...terms.synonyms.flat(), ...terms.themes])].map((label) => ({
      label,
      keys: keysOf(label),
      words: words(label),
    })),
  ];
}

/** A page's document, as Pagefind's `addHTMLFile` takes it. */
export interface IndexDocument {
  url: string;
  content: string;
}

export interface MadeDocuments {
  suggestions: Suggestion[];
  /** Documents made, one per entry page. */
  pages: number;
  /** Chunks of text the analyser read in this run (the others came from its cache). */
  analysed: number;
}

/** Documents handed over at a time, and batches handed over before the first of them is taken in. */
const BATCH = 25;
const IN_FLIGHT = 2;

/**
 * Reads every entry page of a built site (honouring `data-pagefind-ignore`), has its chunks
 * analysed while the next pages are read, then makes each page's document and hands them over in
 * batches, in the order of their URLs, no faster than `handOver`'s promises say they are taken
 * in: what is handed over waits in the process that takes it. Each page's text is let go once
 * its document is made.
 */
export async function makeDocuments(
  site: string,
  analysisCache: string | undefined,
  handOver: (documents: IndexDocument[]) => Promise<void>,
): Promise<MadeDocuments> {
  let reading: RunningAnalysis | undefined;
  try {
    // The analyser reads each page's chunks while the next pages are read. Fields are not
    // searched by reading (see pageDocument): their text needs no analysis.
    reading = startAnalysis(analysisCache);
    const terms = readTerms(site);
    reading.add(
      [
        ...terms.methods.flatMap((m) => [m.name, ...m.aliases]),
        ...terms.synonyms.flat(),
        ...terms.themes,
      ].flatMap(chunksOf),
    );
    const pages: (IndexedPage | undefined)[] = await readSite(site, (text) =>
      reading!.add([...text.title, ...text.body, ...text.lead].flatMap(chunksOf)),
    );
    const { tokens, analysed } = await reading.finish();
    const analysis: SiteAnalysis = { tokens, spellings: siteSpellings(tokens) };
    const groups = groupMatcher(wordGroups(terms));
    // A batch is made while the one before is taken in; the next waits for it to be taken.
    const handedOver: Promise<void>[] = [];
    let batch: IndexDocument[] = [];
    for (let i = 0; i < pages.length; i++) {
      const { url, text } = pages[i]!;
      pages[i] = undefined;
      batch.push({ url, content: pageDocument(text, analysis, groups) });
      if (batch.length === BATCH || i === pages.length - 1) {
        if (handedOver.length === IN_FLIGHT) await handedOver.shift();
        handedOver.push(handOver(batch));
        batch = [];
      }
    }
    await Promise.all(handedOver);
    return { suggestions: suggestions(terms, analysis), pages: pages.length, analysed };
  } finally {
    reading?.stop();
  }
}
