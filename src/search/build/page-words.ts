import { toRomaji } from 'wanakana';
import { katakana, hanRuns, hasHan, isKanaOnly, kanaKey, latinWord, queryWords } from '../words';
import { chunksOf, type Token } from './analyzer';

/**
 * The words of the index for a piece of text: what a query for any of its words, however typed,
 * looks up (see ../words.ts). Besides the words of the text itself:
 * - every kanji run and the kana key of every katakana run, from each of its word starts
 *   (訓練 within 防災訓練, レコーディング within グラフィックレコーディング);
 * - from the analyser, the key of the reading of every kanji word and compound (振り返り →
 *   ふりかえり, 防災訓練 → ぼうさいくんれん), of a verb's or adjective's dictionary form (続けて →
 *   つずける), the kana words of hiragana runs;
 * - the kanji of a word written in kana elsewhere in kanji (ふりかえり → 振, 返), from the
 *   spellings the whole site's analysis found.
 */

/** Parts of speech whose words in kana are words people search for (short verbs in kana are grammar: する, できる). */
const CONTENT = new Set(['名詞', '副詞']);
const INFLECTED = new Set(['動詞', '形容詞']);
/** Details of those parts of speech that are grammar, not words (いる in 〜ている, こと, 的). */
const FUNCTION_DETAILS = new Set(['非自立', '接尾', '数', '代名詞']);

/** Kana keys → the kanji runs of words read that way in the site. */
export type Spellings = Map<string, Set<string>>;

const known = (reading: string) => reading !== '*' && reading !== '';

/** The reading of a dictionary form, from the reading of the inflected form (断っ コトワッ → 断る コトワル). */
export function baseReading(surface: string, reading: string, base: string): string | undefined {
  let common = 0;
  while (common < surface.length && surface[common] === base[common]) common++;
  const surfaceTail = katakana(surface.slice(common));
  if (!reading.endsWith(surfaceTail) || !isKanaOnly(base.slice(common) || 'あ')) return undefined;
  return reading.slice(0, reading.length - surfaceTail.length) + katakana(base.slice(common));
}

/** Kana keys a chunk's tokens add, and the spellings they teach (key → kanji runs). */
export function tokenWords(tokens: readonly Token[]): {
  keys: string[];
  /** The keys of words written in kana, which may be written in kanji elsewhere. */
  kanaWords: string[];
  spellings: [string, string[]][];
} {
  const keys: string[] = [];
  const kanaWords: string[] = [];
  const spellings: [string, string[]][] = [];
  const add = (reading: string, spelling?: string) => {
    const key = kanaKey(reading);
    if (key.length < 2) return;
    keys.push(key);
    if (spelling && hasHan(spelling)) spellings.push([key, hanRuns(spelling)]);
    else if (!spelling) kanaWords.push(key);
  };
  const longer = (surface: string) => hanRuns(surface).join('').length > 1;
  // Nouns in a row (防災 訓練): the reading of the whole, which also finds its first word by
  // its start, and of each later word; the reading of a single kanji (人, 場) finds too much.
  let compound: Token[] = [];
  const endCompound = () => {
    if (compound.length > 1 && compound.every(([, , , reading]) => known(reading)))
      add(compound.map(([, , , reading]) => reading).join(''), compound.map(([surface]) => surface).join(''));
    compound.forEach(([surface, , , reading], i) => {
      if ((i > 0 || compound.length === 1) && known(reading) && longer(surface)) add(reading, surface);
    });
    compound = [];
  };
  for (const token of tokens) {
    const [surface, pos, base, reading, detail] = token;
    if (pos === '名詞' && hasHan(surface)) {
      compound.push(token);
      continue;
    }
    endCompound();
    if (hasHan(surface)) {
      // An inflected word is looked up in its dictionary form (つづける), not as written (つづけ).
      const dictionaryReading =
        INFLECTED.has(pos) && known(reading) ? baseReading(surface, reading, base) : undefined;
      if (dictionaryReading) {
        add(dictionaryReading, base);
        // The form as written is a word too when it is long enough to be a noun (振り返り,
        // 話し合い, 取り組み), and ふりかえり written in kana elsewhere is still this word.
        const written = kanaKey(reading);
        if (written.length >= 4) add(reading, surface);
        else if (written.length >= 2) spellings.push([written, hanRuns(surface)]);
      } else if (known(reading) && longer(surface)) add(reading, surface);
    } else if (!FUNCTION_DETAILS.has(detail) && isKanaOnly(surface)) {
      // A noun or adverb in kana, or a verb long enough not to be grammar (ふりかえり, not する).
      if (CONTENT.has(pos) || (INFLECTED.has(pos) && surface.length >= 4)) add(surface);
    }
  }
  endCompound();
  return { keys, kanaWords, spellings };
}

/**
 * The words of a text's own runs: each kanji run and each katakana run's key, from each of its
 * word starts (訓練 within 防災訓練, レコーディング within グラフィックレコーディング), and the
 * Latin and number words (first, as met). Katakana keys come second, for their spellings.
 *
 * Intl.Segmenter is asked only where a word start can make a word: a stretch of Japanese
 * script with a kanji run of three or more (a single kanji at the end of a run, 係 of 記録係, is
 * left to prefix matching on the run) or a katakana run of two or more, and a run of other script
 * with a letter or digit. ICU's dictionary reads a stretch of Japanese script at once, whatever
 * is around it, so its word starts are those of the whole text (a unit test holds this on the
 * fixture's and the demo's text). Segmenting whole texts cost half as much again.
 */
export function runWords(text: string): { words: string[]; katakana: string[] } {
  const latin: string[] = [];
  const words: string[] = [];
  const katakanaKeys: string[] = [];
  const starts = new Set<number>();
  for (const stretch of text.matchAll(JAPANESE_STRETCH))
    if (HAS_WORD_STARTS.test(stretch[0]))
      for (const { index } of WORD_STARTS.segment(stretch[0])) starts.add(stretch.index + index);
  for (const { 0: run, 1: han, 2: kana, 3: other, index: from } of text.matchAll(RUNS)) {
    if (other !== undefined) {
      if (!LETTER_OR_DIGIT.test(other)) continue;
      for (const { segment, isWordLike } of WORD_STARTS.segment(other))
        if (isWordLike && !JAPANESE.test(segment)) {
          const word = latinWord(segment);
          if (word) latin.push(word);
        }
      continue;
    }
    if (han === undefined && (kana === undefined || !KATAKANA.test(run))) continue;
    for (let at = 0; at < run.length; at++) {
      if (at !== 0 && !starts.has(from + at)) continue;
      const rest = at === 0 ? run : run.slice(at);
      if (han === undefined) {
        const key = kanaKey(rest);
        if (key) katakanaKeys.push(key);
      } else if (at === 0 || rest.length > 1) words.push(rest);
    }
  }
  return { words: latin.length > 0 ? [...latin, ...words] : words, katakana: katakanaKeys };
}

const WORD_STARTS = new Intl.Segmenter('ja', { granularity: 'word' });
const JAPANESE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々〆ヶー]/u;
/** A text's runs as ../words.ts `scriptRuns` finds them: kanji, katakana (with ー and ・), hiragana, other. */
const RUNS =
  /([\p{sc=Han}々〆ヶ]+)|([\p{sc=Katakana}ー][\p{sc=Katakana}ー・･]*)|[\p{sc=Hiragana}ー]+|([^\p{sc=Han}々〆ヶ\p{sc=Katakana}\p{sc=Hiragana}ー]+)/gu;
const JAPANESE_STRETCH = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々〆ヶー・･]+/gu;
const HAS_WORD_STARTS = /[\p{sc=Han}々〆ヶ]{3}|[\p{sc=Katakana}ー][\p{sc=Katakana}ー・･]/u;
const KATAKANA = /\p{sc=Katakana}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The analysis of a site: each chunk's tokens, and the spellings learnt from all of them. */
export interface SiteAnalysis {
  tokens: ReadonlyMap<string, readonly Token[]>;
  spellings: Spellings;
}

/** The words of each chunk's tokens, worked out once: a chunk recurs on many pages. */
const chunkWords = new WeakMap<readonly Token[], ReturnType<typeof tokenWords>>();
function wordsOfTokens(tokens: readonly Token[]): ReturnType<typeof tokenWords> {
  let words = chunkWords.get(tokens);
  if (!words) chunkWords.set(tokens, (words = tokenWords(tokens)));
  return words;
}

/** The spellings of every analysed chunk of the site. */
export function siteSpellings(tokens: ReadonlyMap<string, readonly Token[]>): Spellings {
  const spellings: Spellings = new Map();
  for (const chunkTokens of tokens.values())
    for (const [key, runs] of tokenWords(chunkTokens).spellings) {
      const known = spellings.get(key) ?? new Set<string>();
      for (const run of runs) known.add(run);
      spellings.set(key, known);
    }
  return spellings;
}

/**
 * Every index word of a text, each once, in the order met. `hiragana: false` leaves out the
 * words the analyser finds in hiragana (a title's reading in brackets is given better elsewhere);
 * `readings: false` every word the analyser gives (a field's unit name is not searched by reading).
 */
export function textWords(
  text: string,
  analysis: SiteAnalysis,
  options: { hiragana?: boolean; readings?: boolean } = {},
): string[] {
  const { words: own, katakana: katakanaKeys } = runWords(text);
  const words = [...own, ...katakanaKeys];
  const kanaWords = [...katakanaKeys];
  for (const chunk of options.readings === false ? [] : chunksOf(text)) {
    if (options.hiragana === false && !hasHan(chunk)) continue;
    const tokens = analysis.tokens.get(chunk);
    if (!tokens) continue;
    const found = wordsOfTokens(tokens);
    words.push(...found.keys);
    kanaWords.push(...found.kanaWords);
  }
  // A word in kana takes the kanji the site writes it with; a short key would take too many.
  for (const key of kanaWords)
    if (key.length >= SPELLED_KEY) for (const run of analysis.spellings.get(key) ?? []) words.push(run);
  return [...new Set(words)];
}

/** The shortest kana key that takes the kanji spellings of the site. */
const SPELLED_KEY = 3;

/** Long vowels as people type them in romaji: shouta → shota, yuuki → yuki, oono → ono. */
const shortVowels = (romaji: string) => romaji.replace(/ou|oo/g, 'o').replace(/uu/g, 'u');

/**
 * The words of a person's reading (`あおき みほ`): the key of each part and of the whole, and
 * its romaji as written (aoki, itou, shouta) and without long vowels (ito, shota), each part
 * and joined (aokimiho).
 */
export function readingWords(reading: string): string[] {
  const parts = reading.trim().split(/\s+/u).filter(Boolean);
  const romaji = parts.map((part) => latinWord(toRomaji(part)));
  const words = [
    ...parts.map(kanaKey),
    kanaKey(parts.join('')),
    ...romaji,
    ...romaji.map(shortVowels),
    romaji.join(''),
    shortVowels(romaji.join('')),
  ];
  return [...new Set(words.filter((word) => word !== ''))];
}

/** A list of names that mean the same in search: a synonym group, or a method with its aliases. */
export type WordGroup = readonly string[];

/**
 * Finds the groups a set of words meets: a member is met when every word a query for it looks up
 * is among the words. Returns the words of the other members of each group met.
 */
export function groupMatcher(groups: readonly WordGroup[]): (words: ReadonlySet<string>) => string[] {
  const members = groups.flatMap((group, g) =>
    group.map((member) => ({ group: g, words: queryWords(member) })).filter((m) => m.words.length > 0),
  );
  const byFirst = new Map<string, typeof members>();
  for (const member of members)
    byFirst.set(member.words[0], [...(byFirst.get(member.words[0]) ?? []), member]);
  const groupWords = groups.map((_, g) => members.filter((m) => m.group === g).flatMap((m) => m.words));
  return (words) => {
    const met = new Set<number>();
    for (const word of words)
      for (const member of byFirst.get(word) ?? [])
        if (!met.has(member.group) && member.words.every((w) => words.has(w))) met.add(member.group);
    return [...met].flatMap((g) => groupWords[g]);
  };
}
