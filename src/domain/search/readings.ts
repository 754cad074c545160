/**
 * Extra words indexed with a page so that Japanese queries find it however they are typed.
 * The index holds the words of a page split as the browser splits a query (segment-page.ts), so
 * parts of compounds are found; what it cannot know is that staff also write a reading in
 * katakana (アオキ, as on forms).
 */

/** Hiragana to katakana; everything else unchanged. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309D\u309E]/g, (kana) =>
    String.fromCharCode(kana.charCodeAt(0) + 0x60),
  );
}

/** Words to index for a person's reading (`あおき みほ`): the reading in katakana. */
export function readingKeywords(kana: string): string[] {
  const katakana = toKatakana(kana.trim());
  return katakana === kana.trim() ? [] : [katakana];
}
