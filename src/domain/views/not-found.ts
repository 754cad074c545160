import { toHiragana } from 'wanakana';
import { isHiraganaReading } from '../kana';

/**
 * What a wrong address was probably looking for. Ids are the romaji of a name, so the last part
 * of `/facilitators/yamada-hanako/` reads as やまだ はなこ, which the search finds by reading
 * (also when the romaji drops a long vowel: sato → さと finds さとう). Anything that is not
 * plain romaji words (numbers, English, a file name) gives nothing.
 */
export function readingFromAddress(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const segment = path
    .split('/')
    .filter(Boolean)
    .at(-1)
    ?.replace(/\.html?$/, '');
  if (!segment || !/^[a-z]+(-[a-z]+)*$/i.test(segment)) return undefined;
  const reading = segment
    .toLowerCase()
    .split('-')
    .map((word) => toHiragana(word))
    .join(' ');
  return isHiraganaReading(reading) ? reading : undefined;
}
