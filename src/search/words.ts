/**
 * How text becomes the words of the search index, and a query the words it looks up: one module,
 * run by the build (on every page and every added word) and by the browser (on every query), so
 * that both sides spell a word the same way. See README.md in this folder.
 *
 * A word of the index is one of:
 * - a run of kanji (`防災訓練`, `振`, `返`): okurigana and particles are left out, so 振り返り,
 *   振り返る and 振り返って all give 振 and 返 (the index also holds a run from each of its word
 *   starts, 訓練 within 防災訓練, so that a query's run matches as a prefix);
 * - a kana key (`ふりかえり`): kana folded to one script, long vowel marks, small kana and the
 *   middle dot left out (`わーるどかふぇ` and `ワールドカフェ` are one key, and so are
 *   コミュニケーション and コミニュケーション; `ワールドカフエ` has one kana more, and Pagefind falls
 *   back to the longest index word it starts with); at most KEY_LENGTH kana, written in hiragana
 *   (Pagefind indexes every ending of a katakana word as a word of its own);
 * - a Latin or number word, lowercased (`kj`, `aoki`, `2026`).
 */

/** The longest kana key: a query's key is cut as the index's are, so a long one still matches. */
export const KEY_LENGTH = 12;

const HAN = /[\p{sc=Han}々〆ヶ]/u;
const HAN_RUNS = /[\p{sc=Han}々〆ヶ]+/gu;
/** Kana (either script), the long vowel mark and the middle dot, and spaces between them. */
const KANA_ONLY = /^[\p{sc=Hiragana}\p{sc=Katakana}ー・･\s]+$/u;
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** Dashes typed for a long vowel after kana (a hyphen from a romaji keyboard, a full-width minus). */
const DASH_AFTER_KANA = /(?<=[\p{sc=Hiragana}\p{sc=Katakana}])[-‐‑‒–—―−－~〜]/gu;
const HONORIFIC =
  /^(.{2,}?)(さん|サン|さま|様|くん|君|氏|殿|ちゃん|先生|[-\s]?(?:san|sama|kun|chan|sensei))$/iu;

/** Made on first use: making it loads ICU's Japanese dictionary, which a page pays before all else otherwise. */
let wordSegmenter: Intl.Segmenter | undefined;
const RUNS =
  /[\p{sc=Han}々〆ヶ]+|[\p{sc=Katakana}ー](?:[\p{sc=Katakana}ー・･])*|[\p{sc=Hiragana}ー]+|[^\p{sc=Han}々〆ヶ\p{sc=Katakana}\p{sc=Hiragana}ー]+/gu;

/** Small kana and marks a kana key leaves out; ヵ and ヶ are read as カ and ケ. */
const LEFT_OUT = /[ァィゥェォッャュョヮー・･\s]/gu;
const FOLDED: Record<string, string> = {
  ヵ: 'カ',
  ヶ: 'ケ',
  ヴ: 'ブ',
  ヂ: 'ジ',
  ヅ: 'ズ',
  ヲ: 'オ',
  ヰ: 'イ',
  ヱ: 'エ',
};

/**
 * Hiragana as katakana, everything else as it is. By hand, not wanakana's toKatakana: that one
 * brings its romaji tables, 11 KB, half the search page's script on a first search (a unit test
 * checks this against wanakana on every kana).
 */
export function katakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/gu, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60));
}

/** Katakana as hiragana, everything else as it is (the reverse of `katakana`). */
export function hiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/gu, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/** Text as both sides read it: NFKC (full-width Latin, half-width kana) and dashes after kana as ー. */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(DASH_AFTER_KANA, 'ー');
}

/** Characters that NFKC or the dash rule would change: full- and half-width forms, dashes. */
const TO_NORMALIZE = /[\uFF00-\uFFEF\u2010-\u2015\u2212~〜-]/u;
const keys = new Map<string, string>();

/** The kana key of kana text (either script): see the module comment. Empty for text without kana. */
export function kanaKey(kana: string): string {
  let key = keys.get(kana);
  if (key === undefined) {
    const text = TO_NORMALIZE.test(kana) ? normalize(kana) : kana;
    key = '';
    for (const char of katakana(text).replace(LEFT_OUT, '')) {
      const folded = FOLDED[char] ?? char;
      const code = folded.charCodeAt(0);
      // Katakana letters only (ア…ヺ), at most KEY_LENGTH of them, written in hiragana: Pagefind
      // (1.6) indexes every ending of a katakana word as a word too, never of a hiragana one.
      if (code >= 0x30a1 && code <= 0x30fa && key.length < KEY_LENGTH)
        key += code <= 0x30f6 ? String.fromCharCode(code - 0x60) : folded;
    }
    keys.set(kana, key);
  }
  return key;
}

/** A Latin or number word as the index holds it: lowercase letters and digits only. */
export function latinWord(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The runs of kanji of a word (`振り返る` → 振, 返). */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUNS) ?? [];
}

export const isKanaOnly = (text: string) => KANA_ONLY.test(text) && KANA.test(text);
export const hasHan = (text: string) => HAN.test(text);

/** The word-like parts of a text, as Intl.Segmenter splits it (ICU, the browser's and the build's). */
export function segments(text: string): string[] {
  const parts: string[] = [];
  wordSegmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) if (isWordLike) parts.push(segment);
  return parts;
}

/** The runs of a text by script: kanji, katakana (with ー and ・), hiragana, and everything else. */
export function scriptRuns(text: string): { kind: 'han' | 'katakana' | 'hiragana' | 'other'; run: string }[] {
  const runs: { kind: 'han' | 'katakana' | 'hiragana' | 'other'; run: string }[] = [];
  for (const [run] of text.matchAll(RUNS)) {
    const kind = HAN.test(run[0])
      ? 'han'
      : /[\p{sc=Katakana}ー・･]/u.test(run[0]) && /\p{sc=Katakana}/u.test(run)
        ? 'katakana'
        : /\p{sc=Hiragana}/u.test(run[0])
          ? 'hiragana'
          : 'other';
    runs.push({ kind, run });
  }
  return runs;
}

/** Latin and number words of a text outside Japanese script, split as Intl.Segmenter splits them. */
export function latinWords(text: string): string[] {
  return segments(text)
    .map(latinWord)
    .filter((word) => word !== '');
}

/** The search terms of a query: normalised, split at spaces, an honorific after a name dropped (青木さん). */
export function queryTerms(query: string): string[] {
  return normalize(query)
    .split(/\s+/u)
    .filter((term) => term !== '')
    .map((term) => term.replace(HONORIFIC, '$1'));
}

/**
 * The words a term is looked up by. A term of kana alone is one kana key (a reading, a
 * katakana word typed in hiragana). Otherwise each run of kanji is a word, each katakana run a
 * key, and the Latin and number words are words; hiragana (okurigana, particles) is left out, and
 * so is 方 after it (断り方 is looked up as 断).
 */
export function termWords(term: string): string[] {
  const text = normalize(term);
  if (isKanaOnly(text)) {
    const key = kanaKey(text);
    return key ? [key] : [];
  }
  const words: string[] = [];
  const runs = scriptRuns(text);
  runs.forEach(({ kind, run }, i) => {
    if (kind === 'han' && !(run === '方' && runs[i - 1]?.kind === 'hiragana')) words.push(run);
    else if (kind === 'katakana') words.push(kanaKey(run));
    else if (kind === 'other') words.push(...latinWords(run));
  });
  return words.filter((word) => word !== '');
}

/** The words of a whole query, each once, in order. */
export function queryWords(query: string): string[] {
  return [...new Set(queryTerms(query).flatMap(termWords))];
}
