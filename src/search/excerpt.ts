import { BODY_END, SENTENCE, showText, TEXT_META } from './document';
import { hanRuns, hiragana, katakana, queryTerms } from './words';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** What Pagefind gives back for a result: its index words, where the query matched them, its meta. */
export interface IndexedResult {
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

/** The longest excerpt shown, in characters: a long sentence is cut around its first match. */
export const EXCERPT_LENGTH = 110;

/**
 * The sentence of the body a result is shown with: the one whose words the query matched most
 * (the first on a tie), else the body's first sentence; empty for a page without a body. The
 * title's and the fields' words are never shown: a match there shows the first sentence.
 */
export function excerptSentence(result: IndexedResult): string {
  const sentences = showText(result.meta[TEXT_META] ?? '')
    .split(SENTENCE)
    .filter(Boolean);
  if (sentences.length === 0) return '';
  const words = result.content.split(/\s+/);
  const sentenceOf: number[] = [];
  let sentence = 0;
  for (const word of words) {
    if (word.startsWith(BODY_END)) break;
    if (word.startsWith(SENTENCE)) sentence++;
    sentenceOf.push(sentence);
  }
  const hits = new Map<number, number>();
  for (const location of result.locations)
    if (location < sentenceOf.length)
      hits.set(sentenceOf[location], (hits.get(sentenceOf[location]) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [place, count] of [...hits].sort(([a], [b]) => a - b))
    if (count > most) [best, most] = [place, count];
  return sentences[Math.min(best, sentences.length - 1)];
}

/** The spellings of the query's terms to mark in a sentence: as typed, in either kana, and their kanji. */
function markable(query: string): string[] {
  const spellings = queryTerms(query).flatMap((term) => [
    term,
    katakana(term),
    hiragana(term),
    ...hanRuns(term),
  ]);
  return [...new Set(spellings.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
}

/** A sentence as excerpt parts, the query's terms marked, cut to EXCERPT_LENGTH around the first mark. */
export function excerptParts(sentence: string, query: string): ExcerptPart[] {
  const text = sentence;
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const spelling of markable(query)) {
    const needle = spelling.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!marks.some(([s, e]) => at < e && end > s)) marks.push([at, end]);
    }
  }
  marks.sort(([a], [b]) => a - b);
  let start = 0;
  let end = text.length;
  if (text.length > EXCERPT_LENGTH) {
    start = Math.max(0, Math.min((marks[0]?.[0] ?? 0) - 30, text.length - EXCERPT_LENGTH));
    end = start + EXCERPT_LENGTH;
  }
  const parts: ExcerptPart[] = [];
  const push = (from: number, to: number, marked: boolean) => {
    if (to > from) parts.push({ text: text.slice(from, to), marked });
  };
  let at = start;
  for (const [markStart, markEnd] of marks) {
    if (markEnd <= start || markStart >= end) continue;
    push(at, Math.max(at, markStart), false);
    push(Math.max(at, markStart), Math.min(markEnd, end), true);
    at = Math.min(markEnd, end);
  }
  push(at, end, false);
  if (start > 0) parts.unshift({ text: '…', marked: false });
  if (end < text.length) parts.push({ text: '…', marked: false });
  return parts;
}
