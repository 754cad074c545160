/**
 * Web addresses written inside plain Japanese text (a course's `apply`). An address runs over
 * printable ASCII only, so it stops at the Japanese that follows it (「…/entry から申し込みます」),
 * and punctuation that ends a sentence is not part of it.
 */
const URL_PATTERN = /https?:\/\/[!-~]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}>]+$/;

export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map(([match]) => match.replace(TRAILING_PUNCTUATION, ''));
}

/** The text around its first address, so that a page can make that address a link. */
export function splitAtFirstUrl(text: string): { before: string; url?: string; after: string } {
  const [url] = findUrls(text);
  if (!url) return { before: text, after: '' };
  const at = text.indexOf(url);
  return { before: text.slice(0, at), url, after: text.slice(at + url.length) };
}
